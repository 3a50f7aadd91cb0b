using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.CommunityDirectory.Application;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class StaleListingTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_listing_unchecked_for_six_months_is_shown_stale_and_reported_to_its_organisation_once()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = await group.PublishActivityAsync(await group.CreateLocationAsync());
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryContext>();
        var sevenMonthsAgo = DateTimeOffset.UtcNow.AddMonths(-7);
        await db.Activities.Where(a => a.Id == activityId).ExecuteUpdateAsync(s => s.SetProperty(a => a.LastCheckedAt, sevenMonthsAgo), Ct);

        var stale = scope.ServiceProvider.GetRequiredService<StaleListings>();
        // Flag everything due (seeded demo listings included), then run once more: nothing is reported twice.
        int flagged;
        do
        {
            flagged = await stale.FlagBatchAsync(Ct);
        }
        while (flagged > 0);
        Assert.Equal(0, await stale.FlagBatchAsync(Ct));

        var reports = await db.Set<Messaging.Outbox.OutboxMessage>().AsNoTracking()
            .Where(m => m.EventType.Contains("ActivityListingStaleIntegrationEvent"))
            .Select(m => m.Payload).ToListAsync(Ct);
        Assert.Single(reports, p => p.Contains(activityId.ToString(), StringComparison.Ordinal));

        using var linkWorker = app.CreateClient(TestTokens.LinkWorker());
        var search = await VcseClient.ReadAsync(await linkWorker.GetAsync("/api/search/activities?q=walking&postcode=WV1&perPage=200", Ct));
        var hit = Assert.Single(search["items"]!.AsArray(), i => i!["id"]!.GetValue<Guid>() == activityId)!;
        Assert.True(hit["stale"]!.GetValue<bool>());

        using var confirmed = await group.ChangeActivityAsync(HttpMethod.Post, activityId, "checked");
        Assert.False((await VcseClient.ReadAsync(confirmed))["stale"]!.GetValue<bool>());
    }
}
