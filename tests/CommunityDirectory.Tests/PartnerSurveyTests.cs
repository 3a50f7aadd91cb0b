using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.CommunityDirectory.Model;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.Contracts.Http.Directory;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class PartnerSurveyTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_vcse_manager_answers_the_survey_once_a_year_for_their_organisation()
    {
        var manager = Manager(Guid.NewGuid());
        var before = await VcseClient.ReadAsync(await manager.GetAsync("/api/partner-survey", Ct));
        Assert.Null(before["answeredAt"]);
        Assert.Equal(4, before["statements"]!.AsArray().Count);

        using var answered = await manager.PostAsJsonAsync("/api/partner-survey", Answers("agree"), Ct);
        using var again = await manager.PostAsJsonAsync("/api/partner-survey", Answers("disagree"), Ct);

        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var after = await VcseClient.ReadAsync(await manager.GetAsync("/api/partner-survey", Ct));
        Assert.NotNull(after["answeredAt"]);
        Assert.Equal(DateTime.UtcNow.Year, after["year"]!.GetValue<int>());
    }

    [Fact]
    public async Task Missing_answers_are_all_named_at_once_and_nothing_is_stored()
    {
        var manager = Manager(Guid.NewGuid());

        using var response = await manager.PostAsJsonAsync("/api/partner-survey", new { ableToAddValue = "agree", comments = new string('x', 4001) }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject();
        Assert.Equal(["relationshipWithCommissioners", "referralsAppropriate", "fundingAndCapacity", "comments"], errors.Select(e => e.Key));
        Assert.Null((await VcseClient.ReadAsync(await manager.GetAsync("/api/partner-survey", Ct)))["answeredAt"]);
    }

    [Fact]
    public async Task Commissioners_see_the_share_agreeing_with_each_statement_from_5_organisations()
    {
        await AnsweredInAsync(2021, Agreement.StronglyAgree, Agreement.Agree, Agreement.Agree, Agreement.Disagree, Agreement.NeitherAgreeNorDisagree);

        var report = await VcseClient.ReadAsync(await Commissioner().GetAsync("/api/reports/partner-survey?year=2021", Ct));

        Assert.Equal("5", report["respondents"]!.GetValue<string>());
        var relationship = report["statements"]!.AsArray().Single(s => s!["field"]!.GetValue<string>() == "relationshipWithCommissioners")!;
        Assert.Equal(60m, relationship["agreePercent"]!.GetValue<decimal>());
        Assert.Equal(5, report["comments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Fewer_than_5_organisations_show_as_under_5_with_no_percentages_or_comments()
    {
        await AnsweredInAsync(2022, Agreement.Agree, Agreement.Agree, Agreement.Disagree);

        var report = await VcseClient.ReadAsync(await Commissioner().GetAsync("/api/reports/partner-survey?year=2022", Ct));

        Assert.Equal("<5", report["respondents"]!.GetValue<string>());
        Assert.All(report["statements"]!.AsArray(), s => Assert.Null(s!["agreePercent"]));
        Assert.Empty(report["comments"]!.AsArray());
    }

    [Fact]
    public async Task A_report_for_a_year_to_come_is_refused_naming_the_year()
    {
        using var response = await Commissioner().GetAsync($"/api/reports/partner-survey?year={DateTime.UtcNow.Year + 1}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["year"]);
    }

    private static object Answers(string answer) => new
    {
        relationshipWithCommissioners = answer,
        ableToAddValue = answer,
        referralsAppropriate = answer,
        fundingAndCapacity = answer,
        comments = "Referrals have picked up since the spring.",
    };

    private HttpClient Manager(Guid organisationId) =>
        app.CreateClient(TestTokens.Issue(Roles.VcseManager, [ApiScopes.DirectoryWrite, ApiScopes.DirectoryRead], organisationId: organisationId));

    private HttpClient Commissioner() => app.CreateClient(TestTokens.Issue(Roles.Commissioner, [ApiScopes.DirectoryRead]));

    /// <summary>An earlier year's answers, one organisation each (the API only takes this year's).</summary>
    private async Task AnsweredInAsync(int year, params Agreement[] relationship)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryContext>();
        db.PartnerSurveyResponses.AddRange(relationship.Select(answer => new PartnerSurveyResponse
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = Guid.NewGuid(),
            Year = year,
            RelationshipWithCommissioners = answer,
            AbleToAddValue = Agreement.Agree,
            ReferralsAppropriate = Agreement.Agree,
            FundingAndCapacity = Agreement.Disagree,
            Comments = "More notice of funding rounds, please.",
            AnsweredAt = new DateTimeOffset(year, 6, 1, 9, 0, 0, TimeSpan.Zero),
        }));
        await db.SaveChangesAsync(Ct);
    }
}
