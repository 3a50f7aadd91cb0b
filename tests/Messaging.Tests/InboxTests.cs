using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

public sealed class InboxTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        var counter = new ConsumeCounter();
        using var host = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}",
            bus => bus.AddConsumer<PointsAwardedConsumer>(),
            services => services.AddConsumeObserver(_ => counter));
        var bus = host.Services.GetRequiredService<IBus>();

        var account = Guid.NewGuid();
        var once = new PointsAwardedIntegrationEvent(account, 5);
        var other = new PointsAwardedIntegrationEvent(account, 7);

        // The same message (same id) three times, two of them at the same moment, as a broker
        // redelivery or a relay retry would produce; and a different message.
        await Task.WhenAll(
            bus.Publish(once, c => c.MessageId = once.EventId, ct),
            bus.Publish(once, c => c.MessageId = once.EventId, ct));
        await bus.Publish(once, c => c.MessageId = once.EventId, ct);
        await bus.Publish(other, c => c.MessageId = other.EventId, ct);

        await Eventually.HoldsAsync(
            () => Task.FromResult(counter.Count(once.EventId) == 3 && counter.Count(other.EventId) == 1),
            "every delivery has been consumed");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        var balance = await db.Accounts.Where(a => a.Id == account).Select(a => a.Balance).SingleAsync(ct);
        // 5 once (not 15) plus 7.
        Assert.Equal(12, balance);
    }
}
