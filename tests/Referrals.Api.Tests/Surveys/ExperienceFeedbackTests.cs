using System.Net;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests.Surveys;

/// <summary>What the answers become: the provider's own feedback, and the commissioner's experience report.</summary>
public sealed class ExperienceFeedbackTests(ReferralsApp app)
{
    private static CancellationToken Ct => SurveyCase.Ct;

    [Fact]
    public async Task The_organisation_sees_ratings_and_comments_on_its_own_activities_without_names_and_no_other_organisation_does()
    {
        var surveys = new SurveyCase(app);
        await AnsweredAfterActivityAsync(surveys, 4, "The teacher was kind.");
        await AnsweredAfterActivityAsync(surveys, 2, null);

        var feedback = await LinkWorkerClient.ReadAsync(await surveys.Provider.GetAsync($"/api/providers/{surveys.ProviderId}/feedback", Ct));
        using var other = await app.CreateClient(TestTokens.VcseStaff(Guid.NewGuid())).GetAsync($"/api/providers/{surveys.ProviderId}/feedback", Ct);

        var activity = Assert.Single(feedback.AsArray())!;
        Assert.Equal(("Chair yoga", 2, 3.0), (activity["activityName"]!.GetValue<string>(), activity["answers"]!.GetValue<int>(), activity["meanRating"]!.GetValue<double>()));
        var comment = Assert.Single(activity["comments"]!.AsArray())!;
        Assert.Equal(("Good", "The teacher was kind."), (comment["rating"]!.GetValue<string>(), comment["text"]!.GetValue<string>()));
        Assert.DoesNotContain("Doris", feedback.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task A_rating_is_published_for_matching_with_the_activity_and_provider_only()
    {
        var surveys = new SurveyCase(app);
        await AnsweredAfterActivityAsync(surveys, 4, "The teacher was kind.");

        var rated = await app.Events.WaitForAsync<ActivityRatedIntegrationEvent>(e => e.ProviderId == surveys.ProviderId);

        Assert.Equal(4, rated.Rating);
        Assert.NotEqual(Guid.Empty, rated.ActivityId);
        // Nothing that could say who rated it.
        Assert.Equal(["ActivityId", "EventId", "ProviderId", "RatedAt", "Rating"], typeof(ActivityRatedIntegrationEvent).GetProperties().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task The_experience_report_shows_ratings_and_agreement_from_five_answers_and_suppresses_fewer()
    {
        var surveys = new SurveyCase(app);
        var lastQuarter = ReportPeriod.LastEnded(DateOnly.FromDateTime(DateTime.UtcNow));
        // Five ratings (5, 5, 4, 4, 2: mean 4.0) and two closing surveys, answered in the last quarter; a carer among them.
        app.Clock.Offset = lastQuarter.From.AddDays(10).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc) - DateTime.UtcNow;
        try
        {
            foreach (var rating in new[] { 5, 5, 4, 4, 2 })
            {
                await AnsweredAfterActivityAsync(surveys, rating, null);
            }
            var (closedId, _) = await surveys.ConnectedAsync(carer: true);
            await surveys.Worker.FollowUpAndCloseAsync(closedId);
            await LinkWorkerClient.ReadAsync(await surveys.AnswerAsync(await surveys.TokenSentAsync(closedId, "survey-closing"), AllStatements("5")));
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }
        var lead = app.CreateClient(TestTokens.TeamLead(surveys.TeamId));

        var report = await LinkWorkerClient.ReadAsync(await lead.GetAsync($"/api/reports/experience?from={lastQuarter.From:yyyy-MM-dd}&to={lastQuarter.To:yyyy-MM-dd}", Ct));

        // Every rating's count is under 5, so the number answered is withheld too (it would give back the one hidden row); the mean is over 5.
        Assert.Null(report["afterActivity"]!["answered"]);
        Assert.Equal(4.0, report["afterActivity"]!["meanRating"]!.GetValue<double>());
        Assert.Equal(["<5", "<5", "<5", "<5", "<5"], report["afterActivity"]!["byRating"]!.AsArray().Select(r => r!["referrals"]!.GetValue<string>()));
        // One closing survey: its agreement is withheld.
        Assert.Equal("<5", report["closingAnswered"]!.GetValue<string>());
        Assert.All(report["iStatements"]!.AsArray(), s => Assert.Null(s!["percent"]));
        Assert.Equal(("<5", "<5"), (report["carers"]!["identified"]!.GetValue<string>(), report["carers"]!["supported"]!.GetValue<string>()));
        var english = Assert.Single(report["byFirstLanguage"]!.AsArray())!;
        Assert.Equal(("English", null, 4.0), (english["group"]!.GetValue<string>(), english["ratings"], english["meanRating"]!.GetValue<double>()));
    }

    [Fact]
    public async Task A_report_for_a_quarter_not_yet_ended_is_refused_naming_the_field()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var thisQuarter = ReportPeriod.LastEnded(today).To.AddDays(1);

        var problem = await LinkWorkerClient.ProblemAsync(await app.CreateClient(TestTokens.Commissioner())
            .GetAsync($"/api/reports/experience?from={thisQuarter:yyyy-MM-dd}&to={thisQuarter.AddMonths(3).AddDays(-1):yyyy-MM-dd}", Ct), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["to"]);
    }

    private static async Task AnsweredAfterActivityAsync(SurveyCase surveys, int rating, string? helped)
    {
        var (referralId, connectionId) = await surveys.ConnectedAsync();
        await surveys.AttendedAsync(connectionId);
        var answers = new Dictionary<string, string?> { ["rating"] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture), ["helped"] = helped };
        await LinkWorkerClient.ReadAsync(await surveys.AnswerAsync(await surveys.TokenSentAsync(referralId, "survey-after-activity"), answers));
    }

    private static Dictionary<string, string> AllStatements(string value) =>
        new[] { "listened", "had-a-say", "what-matters", "knew-who", "joined-up" }.ToDictionary(k => k, _ => value);
}
