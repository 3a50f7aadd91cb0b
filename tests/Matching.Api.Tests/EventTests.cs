using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.Matching.Infrastructure;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

/// <summary>Events published on the real RabbitMQ reach the read models, once each, and show in suggestions.</summary>
public sealed class EventTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_newly_published_activity_appears_in_a_referrals_suggestions()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        await app.PublishAsync(new ReferralSubmittedIntegrationEvent(referral, Guid.NewGuid(), Guid.NewGuid(), "GP", "Routine", TestWorld.Home, DateTimeOffset.UtcNow));
        await app.WaitForSuggestionsAsync(referral, count: 2);

        var choir = Guid.NewGuid();
        app.Directory.Put(TestWorld.Activity(choir, "Community choir", ["loneliness"]));
        await app.PublishAsync(new ActivityPublishedIntegrationEvent(choir, TestWorld.Organisation, "Community choir", DateTimeOffset.UtcNow));

        var response = await app.WaitForSuggestionsAsync(referral, count: 3);
        Assert.Contains(choir.ToString(), response.Suggestions.Select(s => s.CandidateId));
    }

    [Fact]
    public async Task A_withdrawn_activity_leaves_the_suggestions()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        // An activity of this test's own: every test's matcher hears every activity event, so withdrawing a shared
        // one would change the suggestions of the tests running beside this one.
        var choir = Guid.NewGuid();
        app.Directory.Put(TestWorld.Activity(choir, "Community choir", ["loneliness"]));
        await app.PublishAsync(new ActivityPublishedIntegrationEvent(choir, TestWorld.Organisation, "Community choir", DateTimeOffset.UtcNow));
        await app.WaitForSuggestionAsync(referral, choir);

        await app.PublishAsync(new ActivityWithdrawnIntegrationEvent(choir, TestWorld.Organisation, DateTimeOffset.UtcNow));

        await Eventually.HoldsAsync(async () =>
        {
            var response = await app.Client().SuggestAsync(
                new SuggestRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, K = 10 }, cancellationToken: Ct);
            return response.Suggestions.Select(s => s.CandidateId).Order().SequenceEqual(
                new[] { TestWorld.HealthWalk, TestWorld.LunchClub }.Select(id => id.ToString()).Order());
        }, "the choir is no longer suggested and the other two still are");
    }

    [Fact]
    public async Task An_activity_the_directory_cannot_describe_is_known_from_its_event_but_never_suggested()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        var unknown = new ActivityPublishedIntegrationEvent(Guid.NewGuid(), TestWorld.Organisation, "Pop-up stall", DateTimeOffset.UtcNow);

        await app.PublishAsync(unknown);

        KnownActivity? known = null;
        await Eventually.HoldsAsync(async () =>
        {
            var listed = await app.Client().ListKnownActivitiesAsync(new ListKnownActivitiesRequest { Limit = 10 }, cancellationToken: Ct);
            known = listed.Activities.SingleOrDefault(a => a.ActivityId == unknown.ActivityId.ToString());
            return known is not null;
        }, "the matcher lists the activity");
        Assert.Equal("Pop-up stall", known!.Name);
        var receivedAt = known.ReceivedAt.ToDateTimeOffset();
        await Eventually.HoldsAsync(() => Task.FromResult(app.Services.GetRequiredService<MatchingSnapshotHolder>().Current?.BuiltAt > receivedAt),
            "a snapshot is built after it arrived");
        var suggested = await app.WaitForSuggestionsAsync(referral, count: 2);
        Assert.DoesNotContain(unknown.ActivityId.ToString(), suggested.Suggestions.Select(s => s.CandidateId));
    }

    [Fact]
    public async Task Ratings_from_people_who_attended_reach_the_explanation_once_each()
    {
        var referral = Guid.NewGuid();
        var counter = new DeliveryCounter();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        app.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(counter);
        // An activity of this test's own: every test's matcher hears every rating.
        var choir = Guid.NewGuid();
        app.Directory.Put(TestWorld.Activity(choir, "Community choir", ["loneliness"]));
        await app.PublishAsync(new ActivityPublishedIntegrationEvent(choir, TestWorld.Organisation, "Community choir", DateTimeOffset.UtcNow));
        Assert.Equal("No one has rated it yet.", RatingReason(await app.WaitForSuggestionAsync(referral, choir), choir));

        // Five people rate it 5, 4, 4, 5, 4 (mean 4.4); the first rating is delivered twice, as a relay retry would.
        var ratings = new[] { 5, 4, 4, 5, 4 }.Select(r => new ActivityRatedIntegrationEvent(choir, TestWorld.Organisation, r, DateTimeOffset.UtcNow)).ToList();
        foreach (var rated in ratings.Append(ratings[0]))
        {
            await app.PublishAsync(rated);
        }
        await Eventually.HoldsAsync(() => Task.FromResult(counter.Count(ratings[0].EventId) == 2), "both deliveries of the first rating are consumed");

        await Eventually.HoldsAsync(async () =>
            RatingReason(await app.WaitForSuggestionAsync(referral, choir), choir) == "Rated 4.4 out of 5 by 5 people.",
            "the choir's explanation gives its five ratings");
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<MatchingContext>().ActivityRatings.SingleAsync(r => r.ActivityId == choir, Ct);
        Assert.Equal((5, 22), (stored.Count, stored.Sum));
    }

    private static string RatingReason(SuggestResponse response, Guid activity) =>
        response.Suggestions.Single(s => s.CandidateId == activity.ToString()).Score.Parts.Single(p => p.Name == "People's ratings").Reason;

    [Fact]
    public async Task An_activity_event_delivered_three_times_is_applied_once()
    {
        var counter = new DeliveryCounter();
        await using var app = await MatchingApp.StartAsync(infrastructure);
        app.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(counter);
        var choir = Guid.NewGuid();
        app.Directory.Put(TestWorld.Activity(choir, "Community choir", ["loneliness"]));
        var published = new ActivityPublishedIntegrationEvent(choir, TestWorld.Organisation, "Community choir", DateTimeOffset.UtcNow);

        // Three deliveries of one message (same id), two at once, as a broker redelivery or relay retry makes them.
        await Task.WhenAll(app.PublishAsync(published), app.PublishAsync(published));
        await app.PublishAsync(published);
        await Eventually.HoldsAsync(() => Task.FromResult(counter.Count(published.EventId) == 3), "all three deliveries are consumed");

        Assert.Equal(1, app.Directory.ReadsOf(choir));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();
        Assert.Equal(1, await db.Activities.CountAsync(a => a.ActivityId == choir, Ct));
    }

    [Fact]
    public async Task Suggestions_are_stored_and_announced_only_when_they_change()
    {
        var referral = Guid.NewGuid();
        var counter = new DeliveryCounter();
        // The referral arrives after start, by its event, so the start-up catch-up does not announce it first.
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, _ => { });
        app.Referrals.Put(TestWorld.Person(referral, "need-loneliness"));
        app.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(counter);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();

        await app.PublishAsync(new ReferralSubmittedIntegrationEvent(referral, Guid.NewGuid(), Guid.NewGuid(), "GP", "Routine", TestWorld.Home, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () => await db.AnnouncementsAsync(referral) == 1, "the first suggestions are announced");

        // A profile change that changes no suggestion: wait until it is consumed and a snapshot built since has been proposed from.
        var unchanged = new ReferralProfileChangedIntegrationEvent(referral, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var publishedAt = DateTimeOffset.UtcNow;
        await app.PublishAsync(unchanged);
        await Eventually.HoldsAsync(() => Task.FromResult(counter.Count(unchanged.EventId) == 1), "the unchanged profile is consumed");
        await Eventually.HoldsAsync(() => Task.FromResult(app.Services.GetRequiredService<MatchingSnapshotHolder>().Current?.BuiltAt > publishedAt),
            "a snapshot is built after it");

        // A real change: with long-term conditions added, the health walk now scores (1 + 0.5) / 2 = 0.75 and the lunch club (1 + 0) / 2 = 0.5.
        app.Referrals.Put(TestWorld.Person(referral, "need-loneliness", "need-long-term-conditions"));
        await app.PublishAsync(new ReferralProfileChangedIntegrationEvent(referral, Guid.NewGuid(), DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () => await db.AnnouncementsAsync(referral) >= 2, "the changed suggestions are announced");

        // Submitted and the real change were announced; the unchanged profile was not.
        Assert.Equal(2, await db.AnnouncementsAsync(referral));
        var stored = await db.ProposedMatches.AsNoTracking().SingleAsync(p => p.ReferralId == referral, Ct);
        Assert.Equal([(TestWorld.HealthWalk, 0.75), (TestWorld.LunchClub, 0.5)], stored.Matches.Select(m => (m.CandidateId, m.Score)));
    }
}
