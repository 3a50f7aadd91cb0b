using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Contracts.Volunteering;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class SroiReportTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Hours in scope (organisation A, the last 30 days, approved): 240 + 300 + 90 min = 630 min = 10.5 h.
    /// Left out: 120 min rejected, 60 min still waiting, 600 min approved 40 days ago, 480 min for organisation B.
    /// Starter valuation set (2019 prices, so no uprating): volunteer hour £8.21, WELLBY £13,000, r = 3.5 %.
    ///
    /// Volunteer time (deadweight 10 %, attribution 20 %, 1 year):
    ///   gross 10.5 × 8.21 = 86.205 → 86.21; × 0.9 = 77.589 → 77.59; × (1 − 0) = 77.59; × 0.8 = 62.072 → 62.07
    ///   year 1: 62.07 ÷ 1.035 = 59.9710… → 59.97                                          PV 59.97
    /// Wellbeing, ONS4 life satisfaction 5→7, 6→6, 4→5, 8→7: +2 +0 +1 −1 = 2 WELLBYs
    ///   (deadweight 25 %, displacement 10 %, attribution 50 %, drop-off 50 %, 2 years):
    ///   gross 2 × 13,000 = 26,000.00; × 0.75 = 19,500.00; × 0.9 = 17,550.00; × 0.5 = 8,775.00
    ///   year 1: 8,775.00 ÷ 1.035 = 8,478.2608… → 8,478.26
    ///   year 2: 8,775.00 × 0.5 = 4,387.50; ÷ 1.035² = 4,387.50 ÷ 1.071225 = 4,095.7781… → 4,095.78
    ///                                                          PV 8,478.26 + 4,095.78 = 12,574.04
    /// Total PV 59.97 + 12,574.04 = 12,634.01. Investment £5,000 (the £9,000 from before the period is left out).
    /// Ratio 12,634.01 ÷ 5,000 = 2.526802; net (12,634.01 − 5,000) ÷ 5,000 = 1.526802.
    /// </summary>
    [Fact]
    public async Task An_SROI_report_over_logged_hours_matches_the_figures_worked_by_hand()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        await LogAsync(app, community, community.Volunteer, community.StaffA, community.OrganisationA, [(1, 240, "approve"), (2, 300, "approve"), (3, 90, "approve"), (4, 120, "reject"), (5, 60, "wait"), (40, 600, "approve")]);
        await LogAsync(app, community, community.OtherVolunteer, community.StaffB, community.OrganisationB, [(1, 480, "approve")]);
        using var commissioner = app.ClientFor(Community.Commissioner);
        var valuationSet = await CreateStarterSetAsync(commissioner);
        var programme = await CreateProgrammeAsync(commissioner, community.OrganisationA,
            (community.Today.AddDays(-30), community.Today, 5_000m), (community.Today.AddDays(-400), community.Today.AddDays(-35), 9_000m));
        var request = new
        {
            organisationId = community.OrganisationA,
            programmeId = programme,
            from = community.Today.AddDays(-30),
            to = community.Today,
            valuationSetId = valuationSet,
            volunteerHours = new { deadweight = 0.1m, attribution = 0.2m },
            wellbeing = new
            {
                changes = new[] { new { before = 5, after = 7 }, new { before = 6, after = 6 }, new { before = 4, after = 5 }, new { before = 8, after = 7 } },
                assumptions = new { deadweight = 0.25m, displacement = 0.1m, attribution = 0.5m, dropOff = 0.5m, durationYears = 2 },
            },
        };

        using var response = await commissioner.PostAsJsonAsync("/api/sroi/reports", request, Ct);
        using var csv = await commissioner.PostAsJsonAsync("/api/sroi/reports?format=csv", request, Ct);

        await Community.ExpectAsync(response, HttpStatusCode.OK);
        var body = await Json.ReadAsync(response);
        Assert.Equal((630, 3), (body.GetProperty("approvedTime").GetProperty("minutes").GetInt32(), body.GetProperty("approvedTime").GetProperty("logs").GetInt32()));
        Assert.Equal(2m, body.GetProperty("wellbys").GetDecimal());
        var report = body.GetProperty("report");
        var outcomes = report.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal((86.21m, 62.07m, 59.97m), Figures(outcomes[0]));
        Assert.Equal((26_000m, 8_775m, 12_574.04m), Figures(outcomes[1]));
        Assert.Equal([8_478.26m, 4_095.78m], outcomes[1].GetProperty("years").EnumerateArray().Select(y => y.GetProperty("presentValue").GetDecimal()));
        var totals = report.GetProperty("totals");
        Assert.Equal((12_634.01m, 5_000m, 2.526802m, 1.526802m), (
            totals.GetProperty("presentValue").GetDecimal(),
            totals.GetProperty("investment").GetDecimal(),
            totals.GetProperty("ratio").GetDecimal(),
            totals.GetProperty("netRatio").GetDecimal()));

        await Community.ExpectAsync(csv, HttpStatusCode.OK);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains(",SROI ratio,2.53,", await csv.Content.ReadAsStringAsync(Ct));

        var viaGrpc = await app.GrpcClient().GetSroiReportAsync(new GetSroiReportRequest
        {
            OrganisationId = community.OrganisationA.ToString(),
            ProgrammeId = programme.ToString(),
            From = community.Today.AddDays(-30).ToString("yyyy-MM-dd"),
            To = community.Today.ToString("yyyy-MM-dd"),
            ValuationSetId = valuationSet.ToString(),
        }, VolunteeringApp.AuthorisedAs(Community.Commissioner), cancellationToken: Ct);
        // Without assumptions, hours alone: 10.5 × 8.21 = 86.21 → ÷ 1.035 = 83.2946… → 83.29.
        Assert.Equal(("10.5", "5000", "83.29"), (viaGrpc.ApprovedHours, viaGrpc.Investment.TrimEnd('0').TrimEnd('.'), viaGrpc.PresentValue));
    }

    /// <summary>
    /// Referral R1 attended organisation A: its 3-month change 4→6 and exit change 4→7 are both in the period;
    /// only the latest counts, +3 points. R2 attended organisation B and R3 nowhere: left out.
    /// WELLBYs 3; gross 3 × 13,000 = 39,000.00 (no adjustments); year 1: 39,000.00 ÷ 1.035 = 37,681.1594… → 37,681.16.
    /// No hours were logged, so volunteer time is 0. Ratio 37,681.16 ÷ 1,000 = 37.68116.
    /// </summary>
    [Fact]
    public async Task Wellbeing_changes_the_referrals_service_recorded_are_valued_for_the_organisation_people_attended()
    {
        await using var otherService = await EventListener<HoursApprovedIntegrationEvent>.StartAsync(infrastructure.BrokerConnectionString);
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var (r1, r2, r3, team) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = app.Time.GetUtcNow();
        await otherService.PublishAsync(new ConnectionAttendedIntegrationEvent(Guid.NewGuid(), r1, team, community.OrganisationA, now.AddDays(-25)));
        await otherService.PublishAsync(new ConnectionAttendedIntegrationEvent(Guid.NewGuid(), r2, team, community.OrganisationB, now.AddDays(-25)));
        await otherService.PublishAsync(Outcome(r1, "three-months", 4, 6, now.AddDays(-20)));
        await otherService.PublishAsync(Outcome(r1, "exit", 4, 7, now.AddDays(-5)));
        await otherService.PublishAsync(Outcome(r2, "exit", 5, 9, now.AddDays(-5)));
        await otherService.PublishAsync(Outcome(r3, "exit", 2, 8, now.AddDays(-5)));
        await Eventually.HoldsAsync(() => app.WithDbAsync(async db =>
                await db.WellbeingOutcomes.CountAsync(Ct) == 4 && await db.ReferralAttendances.CountAsync(Ct) == 2),
            "the referrals service's events are stored");
        using var commissioner = app.ClientFor(Community.Commissioner);
        var valuationSet = await CreateStarterSetAsync(commissioner);
        await CreateProgrammeAsync(commissioner, community.OrganisationA, (community.Today.AddDays(-30), community.Today, 1_000m));

        using var response = await commissioner.PostAsJsonAsync("/api/sroi/reports", new
        {
            organisationId = community.OrganisationA,
            from = community.Today.AddDays(-30),
            to = community.Today,
            valuationSetId = valuationSet,
        }, Ct);

        await Community.ExpectAsync(response, HttpStatusCode.OK);
        var body = await Json.ReadAsync(response);
        // One person's change: the count of people is suppressed as the page shows it.
        Assert.Equal(("referrals outcome events", "<5", 3m), (
            body.GetProperty("wellbeingSource").GetString(), body.GetProperty("wellbeingRespondents").GetString(), body.GetProperty("wellbys").GetDecimal()));
        var totals = body.GetProperty("report").GetProperty("totals");
        Assert.Equal((37_681.16m, 37.68116m), (totals.GetProperty("presentValue").GetDecimal(), totals.GetProperty("ratio").GetDecimal()));
    }

    private static WellbeingOutcomeRecordedIntegrationEvent Outcome(Guid referral, string point, int before, int after, DateTimeOffset at) =>
        new(Guid.NewGuid(), referral, Guid.NewGuid(), Guid.NewGuid(), point, before, after, after - before, null, at);

    [Fact]
    public async Task A_valuation_set_with_a_rate_outside_0_to_100_percent_or_a_proxy_without_a_source_is_refused_naming_each_field()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        using var commissioner = app.ClientFor(Community.Commissioner);

        using var response = await commissioner.PostAsJsonAsync("/api/valuation-sets", new
        {
            name = "Local set",
            effectiveFrom = "2026-04-01",
            priceYear = 2019,
            discountRate = 1.5m,
            proxies = new object[]
            {
                new { code = "volunteer-hour", description = "Replacement cost", unit = "hour", value = 8.21m, priceYear = 2019 },
                new { code = "wellby", description = "WELLBY", unit = "WELLBY", value = 13_000m, low = 14_000m, source = "HM Treasury", priceYear = 2019 },
            },
        }, Ct);

        await Community.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["discountRate", "proxies[0].source", "proxies[1].value.low"], (await Json.ErrorFieldsAsync(response)).Order());
        using var list = await commissioner.GetAsync("/api/valuation-sets", Ct);
        Assert.Equal(0, (await Json.ReadAsync(list)).GetArrayLength());
    }

    [Fact]
    public async Task Editing_a_valuation_set_adds_a_version_and_leaves_the_earlier_one_as_it_was()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        using var commissioner = app.ClientFor(Community.Commissioner);
        var id = await CreateStarterSetAsync(commissioner);
        using var starter = await commissioner.GetAsync($"/api/valuation-sets/{id}", Ct);
        var edited = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>((await Json.ReadAsync(starter)).GetProperty("set").GetRawText())!;
        edited["name"] = JsonSerializer.SerializeToElement("Starter set, whole-economy wage");

        using var revise = await Community.PutVersionedAsync(commissioner, $"/api/valuation-sets/{id}", edited);
        using var first = await commissioner.GetAsync($"/api/valuation-sets/{id}/versions/1", Ct);
        using var latest = await commissioner.GetAsync($"/api/valuation-sets/{id}", Ct);

        await Community.ExpectAsync(revise, HttpStatusCode.Created);
        Assert.Equal(("Starter valuation set (2019 prices)", 1), NameAndVersion(await Json.ReadAsync(first)));
        Assert.Equal(("Starter set, whole-economy wage", 2), NameAndVersion(await Json.ReadAsync(latest)));
    }

    private static (string?, int) NameAndVersion(JsonElement stored) =>
        (stored.GetProperty("set").GetProperty("name").GetString(), stored.GetProperty("version").GetInt32());

    private static (decimal Gross, decimal YearOne, decimal PresentValue) Figures(JsonElement outcome) => (
        outcome.GetProperty("grossValue").GetDecimal(),
        outcome.GetProperty("yearOneImpact").GetDecimal(),
        outcome.GetProperty("presentValue").GetDecimal());

    internal static async Task<Guid> CreateStarterSetAsync(HttpClient commissioner)
    {
        using var template = await commissioner.GetAsync("/api/valuation-sets/starter", Ct);
        await Community.ExpectAsync(template, HttpStatusCode.OK);
        using var created = await commissioner.PostAsync("/api/valuation-sets",
            new StringContent(await template.Content.ReadAsStringAsync(Ct), System.Text.Encoding.UTF8, "application/json"), Ct);
        await Community.ExpectAsync(created, HttpStatusCode.Created);
        return (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> CreateProgrammeAsync(HttpClient commissioner, Guid organisationId, params (DateOnly From, DateOnly To, decimal Amount)[] investments)
    {
        using var created = await commissioner.PostAsJsonAsync("/api/programmes", new { organisationId, name = "Befriending 2026" }, Ct);
        await Community.ExpectAsync(created, HttpStatusCode.Created);
        var programme = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
        foreach (var (from, to, amount) in investments)
        {
            using var added = await commissioner.PostAsJsonAsync($"/api/programmes/{programme}/investments", new { from, to, amount, note = "Grant" }, Ct);
            await Community.ExpectAsync(added, HttpStatusCode.Created);
        }
        return programme;
    }

    /// <summary>Logs group-helper sessions (days ago, minutes) and has the organisation approve, reject or leave each.</summary>
    private static async Task LogAsync(VolunteeringApp app, Community community, TestAccount volunteer, TestAccount staff, Guid organisationId,
        (int DaysAgo, int Minutes, string Decision)[] logs)
    {
        using var phone = app.ClientFor(volunteer);
        using var organisation = app.ClientFor(staff);
        foreach (var (daysAgo, minutes, decision) in logs)
        {
            var body = new HourLogBody(Guid.NewGuid(), organisationId, null, "group-helper", community.Today.AddDays(-daysAgo), minutes, null);
            await Community.ExpectAsync(await phone.PostAsJsonAsync($"/api/volunteers/{volunteer.VolunteerId}/hours", body, Ct), HttpStatusCode.Created);
            var path = $"/api/organisations/{organisationId}/hours/{body.Id}";
            if (decision == "approve")
            {
                await Community.ExpectAsync(await organisation.PostAsync($"{path}/approve", null, Ct), HttpStatusCode.OK);
            }
            else if (decision == "reject")
            {
                await Community.ExpectAsync(await organisation.PostAsJsonAsync($"{path}/reject", new { reason = "Not on the rota." }, Ct), HttpStatusCode.OK);
            }
        }
    }
}
