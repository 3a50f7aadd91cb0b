using Microsoft.Playwright;
using SocialPrescribing.TestKit.Browser;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>The stand-in services, the web, and Debian's Chromium driven by Playwright, shared by the assembly.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private readonly ChromiumFixture _chromium = new();
    private StandInServices? _services;
    private WebServer? _web;

    public StandInServices Services => _services ?? throw new InvalidOperationException("Not started.");
    public WebServer Web => _web ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _services = await StandInServices.StartAsync();
        _web = WebServer.Start(_services);
        await _chromium.InitializeAsync();
    }

    /// <summary>A fresh browser context (cookies, storage, service workers) as a phone or a desktop.</summary>
    public Task<IPage> NewPageAsync(Screen screen, string? signedInAs = null, bool javaScript = true, Uri? web = null) =>
        _chromium.NewPageAsync(web ?? Web.BaseAddress, screen, javaScript,
            signedInAs is null ? null : new Dictionary<string, string> { [TestSignIn.Header] = signedInAs });

    public async ValueTask DisposeAsync()
    {
        await _chromium.DisposeAsync();
        if (_web is not null) await _web.DisposeAsync();
        if (_services is not null) await _services.DisposeAsync();
    }
}
