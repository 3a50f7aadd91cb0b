using System.Net;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class ReportTests(ReferralsApp app)
{
    [Fact]
    public async Task A_team_report_suppresses_counts_under_five_and_groups_by_the_labelled_deprivation_table()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        // Five English speakers and one Polish speaker, all in WV10 (decile 1 in the illustrative table).
        foreach (var language in new[] { "English", "English", "English", "English", "English", "Polish" })
        {
            var person = LinkWorkerClient.PersonRequest();
            person["firstLanguage"] = language;
            await worker.ReferAsync(await worker.RegisterPersonAsync(person));
        }
        var lead = app.CreateClient(TestTokens.TeamLead(teamId));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var report = await LinkWorkerClient.ReadAsync(await lead.GetAsync($"/api/reports/referrals?from={today}&to={today}", Ct));

        Assert.Equal(teamId, report["teamId"]!.GetValue<Guid>());
        Assert.Equal("6", report["referrals"]!.GetValue<string>());
        Assert.Equal([("English", "5"), ("Polish", "<5")],
            report["byFirstLanguage"]!.AsArray().Select(r => (r!["group"]!.GetValue<string>(), r["referrals"]!.GetValue<string>())));
        Assert.Equal([("1", "6")],
            report["byDeprivationDecile"]!.AsArray().Select(r => (r!["group"]!.GetValue<string>(), r["referrals"]!.GetValue<string>())));
        Assert.Contains("ILLUSTRATIVE", report["deprivationSource"]!.GetValue<string>());
        // Nobody was contacted yet: no waiting time over fewer than five referrals is shown.
        Assert.Equal("<5", report["toFirstContact"]!["referrals"]!.GetValue<string>());
        Assert.Null(report["toFirstContact"]!["medianDays"]);
    }

    [Fact]
    public async Task Wellbeing_change_is_reported_for_each_ONS4_item_separately()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        // Five people (the fewest shown), each from (life satisfaction 4, worthwhile 5, happiness 3, anxiety 8)
        // to (6, 6, 6, 5): changes +2, +1, +3 and −3, so each mean is that change.
        for (var i = 0; i < 5; i++)
        {
            var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
            await worker.MoveAlongAsync(referralId, "Contacted");
            using var baseline = await worker.MeasureAsync(referralId, "Baseline", [4, 5, 3, 8]);
            Assert.Equal(HttpStatusCode.Created, baseline.StatusCode);
            using var followUp = await worker.MeasureAsync(referralId, "FollowUp", [6, 6, 6, 5]);
            Assert.Equal(HttpStatusCode.Created, followUp.StatusCode);
        }
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var report = await LinkWorkerClient.ReadAsync(await app.CreateClient(TestTokens.TeamLead(teamId)).GetAsync($"/api/reports/referrals?from={today}&to={today}", Ct));

        var row = Assert.Single(report["wellbeingBySource"]!.AsArray())!;
        Assert.Equal("5", row["people"]!.GetValue<string>());
        Assert.Equal((2d, 1d, 3d, -3d), (
            row["meanLifeSatisfactionChange"]!.GetValue<double>(),
            row["meanWorthwhileChange"]!.GetValue<double>(),
            row["meanHappinessChange"]!.GetValue<double>(),
            row["meanAnxietyChange"]!.GetValue<double>()));
    }

    [Fact]
    public async Task A_team_lead_cannot_see_another_teams_report()
    {
        var lead = app.CreateClient(TestTokens.TeamLead(Guid.NewGuid()));

        using var response = await lead.GetAsync($"/api/reports/referrals?from=2026-01-01&to=2026-12-31&teamId={Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
