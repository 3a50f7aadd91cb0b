using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.Messaging.Tests;

public sealed class OutboxTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task An_event_leaves_only_when_its_transaction_commits()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        var received = new ConcurrentDictionary<Guid, int>();
        var account = Guid.NewGuid();
        using var publisher = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}");
        using var listener = await StartListenerAsync(received, account);

        var rolledBack = new PointsAwardedIntegrationEvent(account, 1);
        var committed = new PointsAwardedIntegrationEvent(account, 2);
        await using (var scope = publisher.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();

            await db.InTransactionAsync(async (transaction, token) =>
            {
                db.Accounts.Add(new Account { Id = account, Balance = 1 });
                outbox.Add(rolledBack);
                await db.SaveChangesAsync(token);
                await transaction.RollbackAsync(token);
            }, ct);
            db.ChangeTracker.Clear();

            db.Accounts.Add(new Account { Id = account, Balance = 2 });
            outbox.Add(committed);
            await db.SaveChangesAsync(ct);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(received.ContainsKey(committed.EventId)), "the committed event is delivered");
        Assert.False(received.ContainsKey(rolledBack.EventId), "An event from a rolled-back transaction was published.");
    }

    [Fact]
    public async Task Two_replicas_relaying_one_outbox_publish_each_event_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        var received = new ConcurrentDictionary<Guid, int>();
        var account = Guid.NewGuid();
        var service = $"ledger-{Guid.NewGuid():N}";
        using var replicaA = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, service);
        using var replicaB = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, service);
        using var listener = await StartListenerAsync(received, account);

        // Both replicas take requests at the same time, as behind a load balancer.
        const int eventsPerReplica = 150;
        var ids = new ConcurrentBag<Guid>();
        await Task.WhenAll(WriteEventsAsync(replicaA), WriteEventsAsync(replicaB));

        await Eventually.HoldsAsync(() => Task.FromResult(received.Count == 2 * eventsPerReplica), "every event is delivered", TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        Assert.Equal(ids.OrderBy(i => i), received.Keys.OrderBy(i => i));
        Assert.All(received, pair => Assert.Equal(1, pair.Value));

        async Task WriteEventsAsync(IHost replica)
        {
            for (var i = 0; i < eventsPerReplica; i++)
            {
                await using var scope = replica.Services.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
                var @event = new PointsAwardedIntegrationEvent(account, 1);
                ids.Add(@event.EventId);
                outbox.Add(@event);
                await scope.ServiceProvider.GetRequiredService<LedgerContext>().SaveChangesAsync(ct);
            }
        }
    }

    private Task<IHost> StartListenerAsync(ConcurrentDictionary<Guid, int> received, Guid account) =>
        LedgerHost.StartListenerAsync(infrastructure, account, context =>
        {
            if (context.MessageId is { } id)
            {
                received.AddOrUpdate(id, 1, (_, n) => n + 1);
            }
        });
}
