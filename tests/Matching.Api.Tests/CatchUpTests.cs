using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Matching.Api.Tests.Hosting;
using SocialPrescribing.Matching.Infrastructure;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Matching.Api.Tests;

/// <summary>A new replica (an empty database) catches up from the other services' snapshots without waiting for events.</summary>
public sealed class CatchUpTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_replica_reads_every_open_referral_and_proposes_for_it_unasked()
    {
        var (open, alsoOpen, closed) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a =>
        {
            a.Referrals.Put(TestWorld.Person(open, "need-loneliness"));
            a.Referrals.Put(TestWorld.Person(alsoOpen, "need-long-term-conditions"));
            var gone = TestWorld.Person(closed, "need-loneliness");
            gone.Status = "Closed";
            a.Referrals.Put(gone);
        });
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();

        // No event was published and nobody asked for suggestions: only the catch-up can have found them.
        await Eventually.HoldsAsync(async () => await db.ProposedMatches.AsNoTracking().CountAsync(Ct) == 2,
            "suggestions are stored for both open referrals");
        var profiles = await db.Profiles.AsNoTracking().Select(p => p.ReferralId).ToListAsync(Ct);
        Assert.Equal(new[] { open, alsoOpen }.Order(), profiles.Order());
        // Loneliness: the lunch club and the health walk each meet it fully (1.0); the far and youth clubs break rules.
        var proposed = await db.ProposedMatches.AsNoTracking().SingleAsync(p => p.ReferralId == open, Ct);
        Assert.Equal(new[] { TestWorld.HealthWalk, TestWorld.LunchClub }.Order(), proposed.Matches.Select(m => m.CandidateId).Order());
    }

    [Fact]
    public async Task A_new_replica_announces_no_suggestions_until_it_has_read_the_activities_too()
    {
        var referral = Guid.NewGuid();
        await using var app = await MatchingApp.StartWithDirectoryAsync(infrastructure, a =>
        {
            a.Directory.Down = true;
            a.Referrals.Put(TestWorld.Person(referral, "need-loneliness"));
        });
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();
        var snapshots = app.Services.GetRequiredService<MatchingSnapshotHolder>();

        // The referral is in a built snapshot, whose cycle would have proposed "nothing suits" had it not waited.
        await Eventually.HoldsAsync(() => Task.FromResult(snapshots.Current?.Profiles.ContainsKey(referral) == true),
            "the referral's profile is caught up into a snapshot");
        Assert.False(await db.ProposedMatches.AsNoTracking().AnyAsync(p => p.ReferralId == referral, Ct));

        app.Directory.Down = false;
        await Eventually.HoldsAsync(async () => await db.ProposedMatches.AsNoTracking().AnyAsync(p => p.ReferralId == referral, Ct),
            "suggestions are stored once the directory answers");
        var proposed = await db.ProposedMatches.AsNoTracking().SingleAsync(p => p.ReferralId == referral, Ct);
        Assert.Equal(new[] { TestWorld.HealthWalk, TestWorld.LunchClub }.Order(), proposed.Matches.Select(m => m.CandidateId).Order());
    }
}
