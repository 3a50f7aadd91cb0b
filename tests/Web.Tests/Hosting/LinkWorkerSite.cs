using SocialPrescribing.Authorization;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>
/// A web of its own whose referrals service (and directory) is <see cref="StandInReferrals"/>: the
/// shared web is not pointed at one. Browsers still come from the shared <see cref="WebFixture"/>.
/// </summary>
public sealed class LinkWorkerSite : IAsyncLifetime
{
    public static readonly string LinkWorker = $"{Roles.LinkWorker};{ClaimNames.TeamId}={StandInReferrals.Team}";

    private StandInServices? _others;
    private StandInReferrals? _referrals;
    private WebServer? _web;

    public StandInReferrals Referrals => _referrals ?? throw new InvalidOperationException("Not started.");
    public WebServer Web => _web ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        _others = await StandInServices.StartAsync();
        _referrals = await StandInReferrals.StartAsync();
        _web = WebServer.Start(_others, new Dictionary<string, string>
        {
            ["services:referrals:http:0"] = _referrals.BaseAddress.ToString(),
            ["services:directory:http:0"] = _referrals.BaseAddress.ToString(),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null) await _web.DisposeAsync();
        if (_referrals is not null) await _referrals.DisposeAsync();
        if (_others is not null) await _others.DisposeAsync();
    }
}
