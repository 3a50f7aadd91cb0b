using Microsoft.Playwright;
using SocialPrescribing.Authorization;

[assembly: AssemblyFixture(typeof(SocialPrescribing.Web.Tests.Hosting.VcseWeb))]

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>
/// A second web, for the VCSE pages, whose directory, referrals and identity are <see cref="VcseStandIns"/>
/// (volunteering stays the shared stand-in); pages open in the shared fixture's Chromium.
/// </summary>
public sealed class VcseWeb : IAsyncLifetime
{
    private VcseStandIns? _services;
    private StandInServices? _volunteering;
    private WebServer? _web;

    public VcseStandIns Services => _services ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _services = await VcseStandIns.StartAsync();
        _volunteering = await StandInServices.StartAsync();
        _web = WebServer.Start(_volunteering, new Dictionary<string, string>
        {
            ["services:directory:http:0"] = _services.BaseAddress.ToString(),
            ["services:referrals:http:0"] = _services.BaseAddress.ToString(),
            ["services:identity:http:0"] = _services.BaseAddress.ToString(),
        });
    }

    /// <summary>A desktop page signed in as VCSE staff (or a manager) of a new organisation, which the stand-in directory takes as the caller's.</summary>
    public async Task<(IPage Page, Guid Organisation)> SignInAsync(WebFixture browser, string role = Roles.VcseStaff)
    {
        var organisation = Guid.NewGuid();
        Services.SignedInOrganisation = organisation;
        var page = await browser.NewPageAsync(Screen.Desktop, $"{role};{ClaimNames.OrganisationId}={organisation}", web: _web!.BaseAddress);
        return (page, organisation);
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null) await _web.DisposeAsync();
        if (_volunteering is not null) await _volunteering.DisposeAsync();
        if (_services is not null) await _services.DisposeAsync();
    }
}
