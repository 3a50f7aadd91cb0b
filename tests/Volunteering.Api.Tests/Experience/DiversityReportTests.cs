using System.Net;
using System.Text.Json;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Domain.Equality;
using SocialPrescribing.Volunteering.Domain.Experience;
using SocialPrescribing.Volunteering.Model;

namespace SocialPrescribing.Volunteering.Api.Tests.Experience;

/// <summary>
/// Commissioners' report of volunteering effort by equality group against the quarter before, with small numbers
/// suppressed, and the quarterly survey's results.
/// </summary>
public sealed class DiversityReportTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Effort_is_shown_by_high_level_ethnic_group_against_the_quarter_before_and_a_group_under_five_hides_its_hours()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var quarter = ReportPeriod.LastEnded(community.Today);
        var previous = quarter.Previous();
        EthnicGroup[] white = [EthnicGroup.WhiteBritish, EthnicGroup.WhiteBritish, EthnicGroup.WhiteBritish, EthnicGroup.OtherWhite, EthnicGroup.WhiteIrish];
        foreach (var group in white)
        {
            var id = await Volunteers.AddAsync(app, community.OrganisationA, quarter.From.AddDays(3), 60, group);
            await Volunteers.AddAsync(app, community.OrganisationA, previous.From.AddDays(3), 30, id: id);
        }
        await Volunteers.AddAsync(app, community.OrganisationA, quarter.To, 90, EthnicGroup.Indian);

        var report = await ReportAsync(app, quarter);

        var ethnicity = Rows(report, "byEthnicity");
        var whiteRow = ethnicity["White"];
        Assert.Equal("5", whiteRow.GetProperty("current").GetProperty("volunteers").GetString());
        Assert.Equal(5m, whiteRow.GetProperty("current").GetProperty("approvedHours").GetDecimal());
        Assert.Equal(1, whiteRow.GetProperty("current").GetProperty("roles").GetInt32());
        Assert.Equal("5", whiteRow.GetProperty("previous").GetProperty("volunteers").GetString());
        Assert.Equal(2.5m, whiteRow.GetProperty("approvedHoursChange").GetDecimal());
        Assert.Equal(0, whiteRow.GetProperty("volunteersChange").GetInt64());
        var asian = ethnicity["Asian, Asian British or Asian Welsh"].GetProperty("current");
        Assert.Equal("<5", asian.GetProperty("volunteers").GetString());
        Assert.Equal(JsonValueKind.Null, asian.GetProperty("approvedHours").ValueKind);
        // The total less the White row would give back the Asian row's people and hours: withheld, and so is every change from it.
        var total = report.GetProperty("total");
        Assert.Equal(JsonValueKind.Null, total.GetProperty("current").GetProperty("volunteers").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("current").GetProperty("approvedHours").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("approvedHoursChange").ValueKind);
        // Everyone's age is "not given": that row alone equals the withheld total, so it is withheld too.
        Assert.Equal(JsonValueKind.Null, Rows(report, "byAgeBand")[ReportGroups.NotGiven].GetProperty("current").GetProperty("volunteers").ValueKind);
        // The quarter before had only the five: nothing to hide.
        Assert.Equal("5", total.GetProperty("previous").GetProperty("volunteers").GetString());
        Assert.Equal(2.5m, total.GetProperty("previous").GetProperty("approvedHours").GetDecimal());
        Assert.Equal(["1 (most deprived)", "2", "3", "4", "5 (least deprived)", ReportGroups.AreaNotKnown], Rows(report, "byDeprivationQuintile").Keys);
    }

    [Fact]
    public async Task Survey_results_give_the_share_agreeing_and_are_withheld_under_five_respondents()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var quarter = ReportPeriod.LastEnded(community.Today);
        AgreeScale[] useful = [AgreeScale.StronglyAgree, AgreeScale.Agree, AgreeScale.Agree, AgreeScale.Agree, AgreeScale.NeitherAgreeNorDisagree];
        AgreeScale[] supported = [AgreeScale.Agree, AgreeScale.StronglyAgree, AgreeScale.Disagree, AgreeScale.StronglyDisagree, AgreeScale.NeitherAgreeNorDisagree];
        await app.WithDbAsync(db =>
        {
            db.SurveyAnswers.AddRange(useful.Select((u, i) => Answer(quarter, u, supported[i])));
            db.SurveyAnswers.Add(Answer(quarter.Previous(), AgreeScale.Agree, AgreeScale.Agree));
            return db.SaveChangesAsync(Ct);
        });

        var report = await ReportAsync(app, quarter);

        var survey = report.GetProperty("survey");
        Assert.Equal("5", survey.GetProperty("respondents").GetString());
        Assert.Equal(80.0, survey.GetProperty("agreeUsefulPercent").GetDouble());
        Assert.Equal(40.0, survey.GetProperty("agreeSupportedPercent").GetDouble());
        var before = report.GetProperty("previousSurvey");
        Assert.Equal("<5", before.GetProperty("respondents").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("agreeUsefulPercent").ValueKind);
    }

    [Fact]
    public async Task Only_a_whole_quarter_that_has_ended_is_reported_so_two_reports_cannot_be_subtracted()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var quarter = ReportPeriod.LastEnded(community.Today);
        using var commissioner = app.ClientFor(Community.Commissioner);

        using var shifted = await commissioner.GetAsync(Path(quarter.From.AddDays(1), quarter.To), Ct);
        using var shortened = await commissioner.GetAsync(Path(quarter.From, quarter.To.AddDays(-1)), Ct);

        await Community.ExpectAsync(shifted, HttpStatusCode.BadRequest);
        Assert.Equal(["from"], await Json.ErrorFieldsAsync(shifted));
        await Community.ExpectAsync(shortened, HttpStatusCode.BadRequest);
        Assert.Equal(["to"], await Json.ErrorFieldsAsync(shortened));
    }

    private static SurveyAnswer Answer(ReportPeriod quarter, AgreeScale useful, AgreeScale supported) => new()
    {
        Id = Guid.NewGuid(), VolunteerId = Guid.NewGuid(), Quarter = quarter.Key, Useful = useful, Supported = supported,
        AnsweredAt = new DateTimeOffset(quarter.To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };

    private static async Task<JsonElement> ReportAsync(VolunteeringApp app, ReportPeriod quarter)
    {
        using var commissioner = app.ClientFor(Community.Commissioner);
        using var response = await commissioner.GetAsync(Path(quarter.From, quarter.To), Ct);
        await Community.ExpectAsync(response, HttpStatusCode.OK);
        return await Json.ReadAsync(response);
    }

    private static Dictionary<string, JsonElement> Rows(JsonElement report, string breakdown) =>
        report.GetProperty(breakdown).EnumerateArray().ToDictionary(r => r.GetProperty("group").GetString()!);

    private static string Path(DateOnly from, DateOnly to) => $"/api/reports/volunteering-diversity?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
}
