using System.Net;
using SocialPrescribing.Contracts.Reports;
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
        await ReceivedInLastQuarterAsync(async () =>
        {
            foreach (var language in new[] { "English", "English", "English", "English", "English", "Polish" })
            {
                await worker.ReferAsync(await worker.RegisterPersonAsync(Speaking(language)));
            }
        });
        var lead = app.CreateClient(TestTokens.TeamLead(teamId));

        var report = await LinkWorkerClient.ReadAsync(await lead.GetAsync(Report(LastQuarter.From, LastQuarter.To), Ct));

        Assert.Equal(teamId, report["teamId"]!.GetValue<Guid>());
        // 6 less the 5 English speakers would give the Polish speaker back: the total is withheld, and so is the one decile's count.
        Assert.Null(report["referrals"]);
        Assert.Equal([("English", "5"), ("Polish", "<5")], Rows(report, "byFirstLanguage"));
        Assert.Equal([("1", null)], Rows(report, "byDeprivationDecile"));
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
        await ReceivedInLastQuarterAsync(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
                await worker.MoveAlongAsync(referralId, "contacted");
                using var baseline = await worker.MeasureAsync(referralId, "baseline", [4, 5, 3, 8]);
                Assert.Equal(HttpStatusCode.Created, baseline.StatusCode);
                using var followUp = await worker.MeasureAsync(referralId, "follow-up", [6, 6, 6, 5]);
                Assert.Equal(HttpStatusCode.Created, followUp.StatusCode);
            }
        });

        var report = await LinkWorkerClient.ReadAsync(await app.CreateClient(TestTokens.TeamLead(teamId)).GetAsync(Report(LastQuarter.From, LastQuarter.To), Ct));

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

        using var response = await lead.GetAsync($"{Report(LastQuarter.From, LastQuarter.To)}&teamId={Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Two_periods_one_day_apart_cannot_be_subtracted_to_reveal_a_count_shown_as_under_five()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var lead = app.CreateClient(TestTokens.TeamLead(teamId));
        // Five English speakers early in the quarter; one Polish speaker on its last day and one on its first.
        await ReceivedAtAsync(LastQuarter.From.AddDays(10), async () =>
        {
            for (var i = 0; i < 5; i++) await worker.ReferAsync(await worker.RegisterPersonAsync(Speaking("English")));
        });
        await ReceivedAtAsync(LastQuarter.To, async () => await worker.ReferAsync(await worker.RegisterPersonAsync(Speaking("Polish"))));
        await ReceivedAtAsync(LastQuarter.From, async () => await worker.ReferAsync(await worker.RegisterPersonAsync(Speaking("Polish"))));

        var quarter = await LinkWorkerClient.ReadAsync(await lead.GetAsync(Report(LastQuarter.From, LastQuarter.To), Ct));
        Assert.Equal([("English", "5"), ("Polish", "<5")], Rows(quarter, "byFirstLanguage"));
        AssertNothingAddsUpToTheTotal(quarter);

        // Each period a day shorter or longer at either end would total 6 or 8, giving away the Polish speakers: none is answered.
        foreach (var (from, to, field) in new[]
        {
            (LastQuarter.From, LastQuarter.To.AddDays(-1), "to"),
            (LastQuarter.From.AddDays(1), LastQuarter.To, "from"),
            (LastQuarter.From.AddDays(-1), LastQuarter.To, "from"),
            (LastQuarter.From, LastQuarter.To.AddDays(1), "to"),
        })
        {
            var problem = await LinkWorkerClient.ProblemAsync(await lead.GetAsync(Report(from, to), Ct), HttpStatusCode.BadRequest);
            Assert.Contains("whole quarter", problem["errors"]![field]![0]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task The_total_less_the_rows_of_any_table_does_not_give_back_a_count_shown_as_under_five()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        // Six English speakers, five of them contacted, and two Polish speakers: every table but language is whole without them.
        var referrals = new List<Guid>();
        await ReceivedInLastQuarterAsync(async () =>
        {
            foreach (var language in new[] { "English", "English", "English", "English", "English", "English", "Polish", "Polish" })
            {
                referrals.Add(await worker.ReferAsync(await worker.RegisterPersonAsync(Speaking(language))));
            }
            foreach (var referralId in referrals.Take(5)) await worker.MoveAlongAsync(referralId, "contacted");
        });

        var report = await LinkWorkerClient.ReadAsync(await app.CreateClient(TestTokens.TeamLead(teamId)).GetAsync(Report(LastQuarter.From, LastQuarter.To), Ct));

        Assert.Equal([("English", "6"), ("Polish", "<5")], Rows(report, "byFirstLanguage"));
        // Statuses 5 contacted and 3 received: the 3 shows as "<5", so that table already hides a row.
        Assert.Contains(Rows(report, "byStatus"), r => r.Referrals == "<5");
        AssertNothingAddsUpToTheTotal(report);
    }

    [Fact]
    public async Task The_quarter_under_way_is_refused_since_asking_it_on_two_days_would_reveal_each_days_referrals()
    {
        var lead = app.CreateClient(TestTokens.TeamLead(Guid.NewGuid()));
        // Three months on, the last quarter to have ended is today's.
        var current = ReportPeriod.LastEnded(Today.AddMonths(3));

        var problem = await LinkWorkerClient.ProblemAsync(await lead.GetAsync(Report(current.From, current.To), Ct), HttpStatusCode.BadRequest);

        Assert.Contains("ended", problem["errors"]!["to"]![0]!.GetValue<string>());
    }

    private static List<(string Group, string? Referrals)> Rows(System.Text.Json.Nodes.JsonNode report, string table) =>
        [.. report[table]!.AsArray().Select(r => (r!["group"]!.GetValue<string>(), r["referrals"]?.GetValue<string>()))];

    /// <summary>The total is withheld and every table that adds up to it hides at least one row, so no subtraction uncovers one.</summary>
    private static void AssertNothingAddsUpToTheTotal(System.Text.Json.Nodes.JsonNode report)
    {
        Assert.Null(report["referrals"]);
        foreach (var table in new[] { "bySource", "byStatus", "byDeprivationDecile", "byEthnicity", "byFirstLanguage", "byCarerStatus" })
        {
            Assert.Contains(Rows(report, table), r => r.Referrals is null or Suppression.Suppressed);
        }
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static ReportPeriod LastQuarter => ReportPeriod.LastEnded(Today);

    private static string Report(DateOnly from, DateOnly to) => $"/api/reports/referrals?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    private static System.Text.Json.Nodes.JsonObject Speaking(string language)
    {
        var person = LinkWorkerClient.PersonRequest();
        person["firstLanguage"] = language;
        return person;
    }

    private Task ReceivedInLastQuarterAsync(Func<Task> refer) => ReceivedAtAsync(LastQuarter.From.AddDays(10), refer);

    /// <summary>Referrals are received "now", so the service's clock is moved to that day (at noon) while they are made.</summary>
    private async Task ReceivedAtAsync(DateOnly day, Func<Task> refer)
    {
        app.Clock.Offset = day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc) - DateTime.UtcNow;
        try
        {
            await refer();
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
