using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Infrastructure;
using SocialPrescribing.Seeds;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class SeedingTests(ReferralsApp app)
{
    [Fact]
    public async Task Every_demo_referral_is_loaded_through_the_lifecycle_in_the_state_the_seeds_give()
    {
        var seeds = SeedCatalog.LoadBuiltIn().Referrals.ToDictionary(r => SeedIds.ToGuid(r.Id), r => r.Status.ToString());
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsContext>();

        var loaded = await db.Referrals.AsNoTracking()
            .Where(r => seeds.Keys.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Status.ToString(), TestContext.Current.CancellationToken);

        Assert.Equal(seeds.OrderBy(s => s.Key), loaded.OrderBy(s => s.Key));
    }

    [Fact]
    public async Task A_seeded_closed_referral_shows_its_history_to_its_own_team()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(SeedIds.ToGuid("team-stourbridge-halesowen"))));

        var referral = await worker.GetReferralAsync(SeedIds.ToGuid("ref-trevor-1"));

        Assert.Equal(
            ["contacted", "assessed", "connecting", "connected", "follow-up", "closed"],
            referral["referral"]!["history"]!.AsArray().Select(t => t!["to"]!.GetValue<string>()));
        Assert.Equal("completed", referral["referral"]!["closureReason"]!.GetValue<string>());
        Assert.Equal(["finished"], referral["connections"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()));
    }
}
