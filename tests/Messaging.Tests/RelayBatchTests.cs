using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>The relay publishes a claimed batch all at once; one bad row in it costs the others nothing.</summary>
public sealed class RelayBatchTests(InfrastructureFixture infrastructure)
{
    private const int Events = 40;

    [Fact]
    public async Task A_batch_with_an_unpublishable_row_publishes_the_rest_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = Guid.NewGuid();
        var received = new ConcurrentDictionary<Guid, int>();
        using var listener = await LedgerHost.StartListenerAsync(infrastructure, account,
            context => received.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1));
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        // The bad row is never parked while the test runs, so the others cannot be waiting for it to go.
        using var host = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}",
            services: services => services.Configure<MessagingOptions>(options =>
            {
                options.RelayMaxAttempts = 1_000;
                options.RelayMinBackoff = TimeSpan.FromMilliseconds(100);
                options.RelayMaxBackoff = TimeSpan.FromMilliseconds(200);
            }));

        // The bad row first, the good ones behind it, in one commit: one batch for the relay.
        var good = new List<Guid>();
        var bad = Guid.CreateVersion7();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
            await db.InTransactionAsync(async (transaction, token) =>
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO outbox_messages (id, event_type, payload, occurred_at, attempts) VALUES ({bad}, {"SocialPrescribing.NoSuchEvent, SocialPrescribing.Nowhere"}, {"{}"}::jsonb, now(), 0)", token);
                for (var i = 0; i < Events; i++)
                {
                    var @event = new PointsAwardedIntegrationEvent(account, 1);
                    good.Add(@event.EventId);
                    outbox.Add(@event);
                }
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
            }, ct);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(good.All(received.ContainsKey)), "every good event of the batch is delivered", TimeSpan.FromSeconds(30));
        await using var check = host.Services.CreateAsyncScope();
        var rows = check.ServiceProvider.GetRequiredService<LedgerContext>().Set<OutboxMessage>();
        await Eventually.HoldsAsync(async () => await rows.CountAsync(m => m.PublishedAt != null, ct) == Events, "the relay marks the good rows published");
        // Later batches retry the bad row: none of them may send a good one again.
        await Eventually.HoldsAsync(async () => (await rows.AsNoTracking().SingleAsync(m => m.Id == bad, ct)).Attempts >= 3, "the bad row is retried");

        Assert.Equal(good.Order(), received.Keys.Order());
        Assert.All(received, pair => Assert.Equal(1, pair.Value));
        var stillPending = await rows.AsNoTracking().SingleAsync(m => m.Id == bad, ct);
        Assert.Null(stillPending.PublishedAt);
        Assert.Contains("is not a known integration event type", stillPending.LastError);
    }
}
