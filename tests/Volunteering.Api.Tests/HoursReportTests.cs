using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>
/// Commissioners' hours by organisation cover one whole quarter that has ended, as every report of people does,
/// and every count in them under 5 is shown as "&lt;5".
/// </summary>
public sealed class HoursReportTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_periods_one_day_apart_cannot_be_subtracted_to_reveal_one_days_hours()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var quarter = ReportPeriod.LastEnded(community.Today);
        await LogAsync(app, community, quarter.From.AddDays(5), 60);
        await LogAsync(app, community, quarter.To, 45);
        using var commissioner = app.ClientFor(Community.Commissioner);

        using var whole = await commissioner.GetAsync(Report(quarter.From, quarter.To), Ct);
        await Community.ExpectAsync(whole, HttpStatusCode.OK);
        var row = (await Json.ReadAsync(whole)).GetProperty("organisations").EnumerateArray().Single(r => r.GetProperty("organisationId").GetGuid() == community.OrganisationA);
        Assert.Equal(105, row.GetProperty("submittedMinutes").GetInt64());

        // A day less at either end would leave out the last day's 45 minutes (or the first day's): none is answered.
        foreach (var (from, to, field) in new[]
        {
            (quarter.From, quarter.To.AddDays(-1), "to"),
            (quarter.From.AddDays(1), quarter.To, "from"),
            (quarter.From, quarter.To.AddDays(1), "to"),
        })
        {
            using var shifted = await commissioner.GetAsync(Report(from, to), Ct);
            await Community.ExpectAsync(shifted, HttpStatusCode.BadRequest);
            Assert.Equal([field], await Json.ErrorFieldsAsync(shifted));
        }
    }

    [Fact]
    public async Task One_volunteers_counts_are_shown_as_under_five_and_the_totals_that_would_give_them_back_are_withheld()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var quarter = ReportPeriod.LastEnded(community.Today);
        for (var day = 0; day < 5; day++)
        {
            await LogAsync(app, community, quarter.From.AddDays(day), 30);
        }
        using var commissioner = app.ClientFor(Community.Commissioner);

        using var response = await commissioner.GetAsync(Report(quarter.From, quarter.To), Ct);

        await Community.ExpectAsync(response, HttpStatusCode.OK);
        var report = await Json.ReadAsync(response);
        var row = report.GetProperty("organisations").EnumerateArray().Single();
        Assert.Equal("<5", row.GetProperty("volunteers").GetString());
        Assert.Equal("5", row.GetProperty("logs").GetString());
        var total = report.GetProperty("total");
        Assert.Equal(150, total.GetProperty("submittedMinutes").GetInt64());
        Assert.Equal(JsonValueKind.Null, total.GetProperty("volunteers").ValueKind);
        Assert.Equal("5", total.GetProperty("logs").GetString());
    }

    [Fact]
    public async Task The_quarter_under_way_is_refused()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        // Three months on, the last quarter to have ended is today's.
        var current = ReportPeriod.LastEnded(community.Today.AddMonths(3));
        using var commissioner = app.ClientFor(Community.Commissioner);

        using var response = await commissioner.GetAsync(Report(current.From, current.To), Ct);

        await Community.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["to"], await Json.ErrorFieldsAsync(response));
    }

    private static string Report(DateOnly from, DateOnly to) => $"/api/reports/hours?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    private static async Task LogAsync(VolunteeringApp app, Community community, DateOnly date, int minutes)
    {
        using var phone = app.ClientFor(community.Volunteer);
        var body = HourLogSubmissionTests.Log(community, Guid.NewGuid(), minutes) with { Date = date };
        using var response = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours", body, Ct);
        await Community.ExpectAsync(response, HttpStatusCode.Created);
    }
}
