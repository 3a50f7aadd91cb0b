using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Domain.Surveys;
using SocialPrescribing.Referrals.Infrastructure;

namespace SocialPrescribing.Referrals.Api.Tests.Surveys;

/// <summary>Single-use survey links: sent when attendance is recorded and when a referral closes, answered once, expiring, opt-outs honoured.</summary>
public sealed class SurveyLinkTests(ReferralsApp app)
{
    private readonly SurveyCase _case = new(app);

    private static CancellationToken Ct => SurveyCase.Ct;

    [Fact]
    public async Task Recording_attendance_sends_a_link_that_asks_how_the_person_rates_the_activity()
    {
        var (referralId, connectionId) = await _case.ConnectedAsync();

        await _case.AttendedAsync(connectionId);

        var notification = Assert.Single(await _case.NotificationsAsync(referralId), n => n!["template"]!.GetValue<string>() == "survey-after-activity")!;
        Assert.Equal("text", notification["channel"]!.GetValue<string>());
        var token = await _case.TokenSentAsync(referralId, "survey-after-activity");
        var survey = await _case.OpenAsync(token);
        Assert.Equal(("after-activity", "open"), (survey["kind"]!.GetValue<string>(), survey["state"]!.GetValue<string>()));
        Assert.Equal(["How would you rate Chair yoga?", "What helped, in your own words?"],
            survey["questions"]!.AsArray().Select(q => q!["text"]!.GetValue<string>()));
        Assert.Equal(["Very good", "Good", "Neither good nor poor", "Poor", "Very poor"],
            survey["questions"]![0]!["choices"]!.AsArray().Select(c => c!["label"]!.GetValue<string>()));
        // Only the token's hash is kept: the database alone opens no survey.
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ReferralsContext>().Surveys.AsNoTracking().SingleAsync(s => s.ConnectionId == connectionId, Ct);
        Assert.Equal(SurveyLink.Hash(token), stored.TokenHash);
        Assert.NotEqual(token, stored.TokenHash);
    }

    [Fact]
    public async Task A_link_is_answered_once_and_a_second_answer_is_thanked_not_kept()
    {
        var (referralId, connectionId) = await _case.ConnectedAsync();
        await _case.AttendedAsync(connectionId);
        var token = await _case.TokenSentAsync(referralId, "survey-after-activity");

        await LinkWorkerClient.ReadAsync(await _case.AnswerAsync(token, new Dictionary<string, string> { ["rating"] = "5", ["helped"] = "Meeting people." }));
        var again = await LinkWorkerClient.ProblemAsync(await _case.AnswerAsync(token, new Dictionary<string, string> { ["rating"] = "1" }), HttpStatusCode.Conflict);

        Assert.Equal("You have already answered this survey. Thank you.", again["detail"]!.GetValue<string>());
        Assert.Equal("answered", (await _case.OpenAsync(token))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_unanswered_statement_is_reported_at_once_in_the_surveys_order()
    {
        var (referralId, _) = await _case.ConnectedAsync();
        await CloseAsCompletedAsync(referralId);
        var token = await _case.TokenSentAsync(referralId, "survey-closing");

        var problem = await LinkWorkerClient.ProblemAsync(
            await _case.AnswerAsync(token, new Dictionary<string, string> { ["listened"] = "4", ["had-a-say"] = "9" }), HttpStatusCode.BadRequest);

        Assert.Equal(["had-a-say", "what-matters", "knew-who", "joined-up"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal("Select an answer", problem["errors"]!["had-a-say"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_link_expires_after_thirty_days()
    {
        var (referralId, connectionId) = await _case.ConnectedAsync();
        await _case.AttendedAsync(connectionId);
        var token = await _case.TokenSentAsync(referralId, "survey-after-activity");

        app.Clock.Offset = TimeSpan.FromDays(30);
        try
        {
            Assert.Equal("expired", (await _case.OpenAsync(token))["state"]!.GetValue<string>());
            var refused = await LinkWorkerClient.ProblemAsync(await _case.AnswerAsync(token, new Dictionary<string, string> { ["rating"] = "4" }), HttpStatusCode.Conflict);
            Assert.Equal("This survey link has expired: links last 30 days.", refused["detail"]!.GetValue<string>());
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task An_unknown_token_opens_nothing()
    {
        using var response = await _case.Web.GetAsync($"/api/surveys/{SurveyLink.NewToken()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_person_who_chose_no_reminders_is_sent_no_link_and_the_link_worker_sees_why()
    {
        var (referralId, connectionId) = await _case.ConnectedAsync(reminders: "none");

        await _case.AttendedAsync(connectionId);

        var notification = Assert.Single(await _case.NotificationsAsync(referralId), n => n!["template"]!.GetValue<string>() == "survey-after-activity")!;
        Assert.Equal("opted-out", notification["status"]!.GetValue<string>());
        await using var scope = app.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ReferralsContext>().Surveys.AnyAsync(s => s.ReferralId == referralId, Ct));
    }

    [Fact]
    public async Task Closing_a_carers_referral_as_completed_sends_the_I_statements_and_the_carers_survey_once_each()
    {
        var (referralId, connectionId) = await _case.ConnectedAsync(carer: true);
        await _case.AttendedAsync(connectionId);

        await CloseAsCompletedAsync(referralId);

        var templates = (await _case.NotificationsAsync(referralId)).Select(n => n!["template"]!.GetValue<string>());
        Assert.Equal(["survey-after-activity", "survey-carer", "survey-closing"], templates.Where(t => t.StartsWith("survey-", StringComparison.Ordinal)).Order());
        var carer = await _case.OpenAsync(await _case.TokenSentAsync(referralId, "survey-carer"));
        Assert.Equal(5, carer["questions"]!.AsArray().Count);
        Assert.All(carer["questions"]!.AsArray(), q => Assert.Equal(3, q!["choices"]!.AsArray().Count));
    }

    private async Task CloseAsCompletedAsync(Guid referralId) => await _case.Worker.FollowUpAndCloseAsync(referralId);
}
