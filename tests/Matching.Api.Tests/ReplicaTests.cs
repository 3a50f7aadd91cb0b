using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.Matching.Infrastructure;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Matching.Sources;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

/// <summary>
/// Replicas share one database and compete for each event on the real RabbitMQ: the one that consumes a change
/// proposes from it, and every replica's snapshot follows it.
/// </summary>
public sealed class ReplicaTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_change_consumed_by_one_replica_reaches_the_other_replicas_suggestions()
    {
        var referral = Guid.NewGuid();
        await using var first = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        await first.WaitForSuggestionsAsync(referral, count: 2);
        await using var second = await MatchingApp.StartReplicaAsync(first, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        await second.WaitForSuggestionsAsync(referral, count: 2);
        await Task.WhenAll(first.WaitUntilSettledAsync(), second.WaitUntilSettledAsync());
        var (firstCounter, secondCounter) = (Observe(first), Observe(second));

        var choir = Guid.NewGuid();
        first.Directory.Put(TestWorld.Activity(choir, "Community choir", ["loneliness"]));
        second.Directory.Put(TestWorld.Activity(choir, "Community choir", ["loneliness"]));
        var published = new ActivityPublishedIntegrationEvent(choir, TestWorld.Organisation, "Community choir", DateTimeOffset.UtcNow);
        await first.PublishAsync(published);

        // Whichever replica consumed it, both suggest it.
        await Eventually.HoldsAsync(() => Task.FromResult(firstCounter.Count(published.EventId) + secondCounter.Count(published.EventId) == 1), "one replica consumes the event");
        await first.WaitForSuggestionAsync(referral, choir);
        await second.WaitForSuggestionAsync(referral, choir);
        Assert.Equal(1, firstCounter.Count(published.EventId) + secondCounter.Count(published.EventId));
    }

    [Fact]
    public async Task A_change_is_announced_once_however_many_replicas_rebuild_from_it()
    {
        var referral = Guid.NewGuid();
        await using var first = await MatchingApp.StartWithDirectoryAsync(infrastructure, _ => { });
        await using var second = await MatchingApp.StartReplicaAsync(first);
        var replicas = new[] { first, second };
        await Eventually.HoldsAsync(() => Task.FromResult(replicas.All(r => Snapshot(r)?.Model.ActivityCount >= 4)), "both replicas have the directory's activities");
        foreach (var replica in replicas)
        {
            replica.Referrals.Put(TestWorld.Person(referral, "need-loneliness"));
        }
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();

        await first.PublishAsync(new ReferralSubmittedIntegrationEvent(referral, Guid.NewGuid(), Guid.NewGuid(), "GP", "Routine", TestWorld.Home, DateTimeOffset.UtcNow));

        // Read from the snapshots, not asked for: a Suggest for a referral a replica has not heard of reads it itself.
        await Eventually.HoldsAsync(() => Task.FromResult(replicas.All(r => Snapshot(r)?.Profiles.ContainsKey(referral) == true)), "both replicas' snapshots have the referral");
        await Eventually.HoldsAsync(async () => await db.AnnouncementsAsync(referral) >= 1, "the suggestions are announced");
        // Give a second proposal, were there one, the time of several rebuilds to be stored.
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        Assert.Equal(1, await db.AnnouncementsAsync(referral));
    }

    [Fact]
    public async Task A_replica_that_lost_its_listening_connection_rebuilds_when_it_listens_again()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a => a.Referrals.Put(TestWorld.Person(referral, "need-loneliness")));
        await app.WaitForSuggestionsAsync(referral, count: 2);
        await app.WaitUntilSettledAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();

        // A change whose notification was never heard (as while PostgreSQL restarts): stored, with no word to any snapshot.
        var choir = Guid.NewGuid();
        app.Directory.Put(TestWorld.Activity(choir, "Community choir", ["loneliness"]));
        await scope.ServiceProvider.GetRequiredService<ActivityStore>().RefreshAsync(choir, Ct);
        await db.SaveChangesAsync(Ct);
        await Eventually.HoldsAsync(async () => await CutListenerAsync(db) == 1, "the listening connection is cut");

        await app.WaitForSuggestionAsync(referral, choir);
    }

    private static DeliveryCounter Observe(MatchingApp app)
    {
        var counter = new DeliveryCounter();
        app.Services.GetRequiredService<IBusControl>().ConnectConsumeObserver(counter);
        return counter;
    }

    private static MatchingSnapshot? Snapshot(MatchingApp app) => app.Services.GetRequiredService<MatchingSnapshotHolder>().Current;

    /// <summary>Ends the listener's session on the server, as a PostgreSQL restart does; returns how many were ended.</summary>
    /// <remarks>Ended in the aggregate's filter, which sees only the rows the WHERE kept (the planner may order WHERE's conditions as it likes).</remarks>
    private static Task<int> CutListenerAsync(MatchingContext db) =>
        db.Database.SqlQuery<int>(
                $"SELECT (count(*) FILTER (WHERE pg_terminate_backend(pid)))::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND application_name = {ReadModelListener.ApplicationName}")
            .SingleAsync(Ct);
}
