using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Application;
using SocialPrescribing.Referrals.Domain.Surveys;
using SocialPrescribing.Referrals.Infrastructure;

namespace SocialPrescribing.Referrals.Api.Tests.Surveys;

/// <summary>
/// The follow-up wellbeing measure at the time agreed in the plan: a single-use link sent once from the review date,
/// honouring the person's choice, whose answers are kept as the follow-up measurement.
/// </summary>
public sealed class FollowUpWellbeingTests(ReferralsApp app)
{
    private const string Template = "survey-follow-up-wellbeing";
    private static CancellationToken Ct => SurveyCase.Ct;

    [Fact]
    public async Task The_person_gets_one_link_on_the_agreed_review_date_and_their_answers_become_the_follow_up_measurement()
    {
        var surveys = new SurveyCase(app);
        var referralId = await ConnectedWithPlanAsync(surveys, "text");

        await app.AtAsync(TenThirty(ReviewOn.AddDays(-1)), () => app.RecordDueAsync<FollowUpWellbeingReminders>());
        Assert.Empty(await SentAsync(surveys, referralId));
        await app.AtAsync(TenThirty(ReviewOn), async () =>
        {
            // Two replicas' rules at once, then one running again.
            await Task.WhenAll(app.RecordDueAsync<FollowUpWellbeingReminders>(), app.RecordDueAsync<FollowUpWellbeingReminders>());
            await app.RecordDueAsync<FollowUpWellbeingReminders>();
        });
        // The link is read as the person would, before the sent message's personalisation is cleared.
        var token = await surveys.TokenSentAsync(referralId, Template);
        await app.AtAsync(TenThirty(ReviewOn), () => app.DispatchAsync());

        var sent = Assert.Single(await SentAsync(surveys, referralId))!;
        Assert.Equal(("text", "sent"), (sent["channel"]!.GetValue<string>(), sent["status"]!.GetValue<string>()));
        var survey = await surveys.OpenAsync(token);
        Assert.Equal("follow-up-wellbeing", survey["kind"]!.GetValue<string>());
        Assert.Equal("I've been feeling optimistic about the future", survey["questions"]![0]!["text"]!.GetValue<string>());

        // All seven "often" (4): raw 28 against the baseline's 19.
        var answers = new[] { "optimistic", "useful", "relaxed", "dealingWithProblems", "thinkingClearly", "closeToOthers", "ownMind" }.ToDictionary(k => k, _ => "4");
        await LinkWorkerClient.ReadAsync(await surveys.AnswerAsync(token, answers));

        var followUp = Assert.Single((await surveys.Worker.GetReferralAsync(referralId))["measurements"]!.AsArray(), m => m!["point"]!.GetValue<string>() == "follow-up")!;
        Assert.Equal(WellbeingOutcomes.ByThePerson, followUp["recordedBy"]!.GetValue<string>());
        Assert.Equal([4, 4, 4, 4, 4, 4, 4], followUp["swemwbsItems"]!.AsArray().Select(i => i!.GetValue<int>()));
        var outcome = await app.Events.WaitForAsync<WellbeingOutcomeRecordedIntegrationEvent>(e => e.ReferralId == referralId);
        Assert.True(outcome.SwemwbsMetricChange > 0);
    }

    [Fact]
    public async Task A_person_who_chose_no_reminders_gets_no_link_and_the_link_worker_sees_why()
    {
        var surveys = new SurveyCase(app);
        var referralId = await ConnectedWithPlanAsync(surveys, "none");

        await app.AtAsync(TenThirty(ReviewOn), async () =>
        {
            await app.RecordDueAsync<FollowUpWellbeingReminders>();
            await app.DispatchAsync();
        });

        Assert.Equal("opted-out", Assert.Single(await SentAsync(surveys, referralId))!["status"]!.GetValue<string>());
        await using var scope = app.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<ReferralsContext>().Surveys
            .AnyAsync(s => s.ReferralId == referralId && s.Kind == SurveyKind.FollowUpWellbeing, Ct));
    }

    [Fact]
    public async Task No_link_is_sent_when_the_link_worker_has_already_taken_the_follow_up()
    {
        var surveys = new SurveyCase(app);
        var referralId = await ConnectedWithPlanAsync(surveys, "text");
        using (await surveys.Worker.MeasureAsync(referralId, "follow-up", [6, 6, 6, 4], [4, 4, 3, 4, 4, 3, 4]))
        {
        }

        await app.AtAsync(TenThirty(ReviewOn), () => app.RecordDueAsync<FollowUpWellbeingReminders>());

        Assert.Empty(await SentAsync(surveys, referralId));
    }

    /// <summary>The review date <see cref="LinkWorkerClient.AgreePlanAsync"/> agrees: 42 days from today.</summary>
    private static DateOnly ReviewOn => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(42));

    /// <summary>A person connected to an activity (with a baseline SWEMWBS and a plan), who has now started going.</summary>
    private static async Task<Guid> ConnectedWithPlanAsync(SurveyCase surveys, string reminders)
    {
        var (referralId, _) = await surveys.ConnectedAsync(reminders);
        await surveys.Worker.MoveAlongAsync(referralId, "connected");
        return referralId;
    }

    private static async Task<List<JsonNode?>> SentAsync(SurveyCase surveys, Guid referralId) =>
        [.. (await surveys.NotificationsAsync(referralId)).Where(n => n!["template"]!.GetValue<string>() == Template)];

    private static DateTimeOffset TenThirty(DateOnly day)
    {
        var uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var local = day.ToDateTime(new TimeOnly(10, 30));
        return new DateTimeOffset(local, uk.GetUtcOffset(local));
    }
}
