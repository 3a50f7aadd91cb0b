using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.Matching.Infrastructure;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

/// <summary>A new or changed referral is read into the current snapshot and proposed for at once: no rebuild, no wait.</summary>
public sealed class IncrementalSnapshotTests(InfrastructureFixture infrastructure)
{
    /// <summary>Long enough that suggestions stored sooner cannot have come from a rebuild.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_referrals_suggestions_are_stored_without_a_whole_rebuild_or_a_wait()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a =>
        {
            a.Referrals.Put(TestWorld.Person(referral, "need-loneliness"));
            a.Settings["Matching:RebuildDebounce"] = Debounce.ToString();
        });
        var holder = app.Services.GetRequiredService<MatchingSnapshotHolder>();
        await Eventually.HoldsAsync(() => Task.FromResult(holder.Current?.Model.ActivityCount == 4), "the directory's activities are in the snapshot", Debounce * 4);
        await app.WaitUntilSettledAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();

        var clock = Stopwatch.StartNew();
        await app.PublishAsync(new ReferralSubmittedIntegrationEvent(referral, Guid.NewGuid(), Guid.NewGuid(), "GP", "Routine", TestWorld.Home, DateTimeOffset.UtcNow));
        // Every snapshot swapped in is seen: the last one without the referral and the first one with it.
        var before = holder.Current!;
        var with = before;
        while (!with.Profiles.ContainsKey(referral) && clock.Elapsed < Debounce)
        {
            before = with;
            await Task.Delay(TimeSpan.FromMilliseconds(2), Ct);
            with = holder.Current!;
        }
        await Eventually.HoldsAsync(() => db.ProposedMatches.AnyAsync(p => p.ReferralId == referral, Ct), "the suggestions are stored", Debounce);
        var stored = clock.Elapsed;

        Assert.True(stored < Debounce, $"The suggestions took {stored.TotalSeconds:0.0} s: as long as a rebuild waits.");
        Assert.True(with.Profiles.ContainsKey(referral));
        Assert.Same(before.Model, with.Model);
        var proposed = await db.ProposedMatches.AsNoTracking().SingleAsync(p => p.ReferralId == referral, Ct);
        Assert.Equal([TestWorld.LunchClub, TestWorld.HealthWalk], proposed.Matches.Where(m => m.Kind == "Activity").Select(m => m.CandidateId).Order());
    }
}
