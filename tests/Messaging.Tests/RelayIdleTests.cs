using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>
/// The relay is woken by commits that wrote outbox rows and by nothing else; with a long poll interval
/// an idle service claims no batches at all, with a short one it queries once per interval, and an event
/// still leaves at once.
/// </summary>
public sealed class RelayIdleTests(InfrastructureFixture infrastructure)
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task An_idle_relay_claims_no_batches_after_draining()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync(ct);
        using var batches = new InstrumentCounter(host, OutboxRelayTelemetry.BatchesInstrument);

        await SaveEventAsync(host, ct);
        // Other work in the service commits too, without outbox rows: it must not wake the relay either.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            db.Accounts.Add(new Account { Id = Guid.NewGuid(), Balance = 1 });
            await db.SaveChangesAsync(ct);
        }
        await Eventually.HoldsAsync(() => Task.FromResult(batches.Count > 0), "the relay claims the new row");
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct);

        var drained = batches.Count;
        await Task.Delay(TimeSpan.FromSeconds(2), ct);

        Assert.Equal(drained, batches.Count);
        Assert.InRange(drained, 1, 3);
    }

    [Fact]
    public async Task An_idle_relay_queries_the_database_at_most_once_per_poll_interval()
    {
        var ct = TestContext.Current.CancellationToken;
        var poll = TimeSpan.FromMilliseconds(500);
        var traffic = new DatabaseTraffic();
        using var host = await StartAsync(ct, poll, traffic);
        var id = await SaveEventAsync(host, ct);
        await Eventually.HoldsAsync(() => IsPublishedAsync(host, id, ct), "the event is published");
        await Task.Delay(poll, ct);

        var before = traffic.Commands;
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(4), ct);
        var issued = traffic.Commands - before;
        var intervals = clock.Elapsed / poll;
        TestContext.Current.TestOutputHelper?.WriteLine($"{issued} queries in {clock.Elapsed.TotalSeconds:F1} s ({intervals:F1} poll intervals)");

        // At least one: the relay is alive and the count sees it. At most one a poll (and one started before the window).
        Assert.InRange(issued, 1, (long)Math.Ceiling(intervals) + 1);
    }

    [Fact]
    public async Task An_event_leaves_at_once_without_waiting_for_a_poll()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync(ct);
        using var batches = new InstrumentCounter(host, OutboxRelayTelemetry.BatchesInstrument);
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        var before = batches.Count;

        var clock = Stopwatch.StartNew();
        var id = await SaveEventAsync(host, ct);
        await Eventually.HoldsAsync(() => IsPublishedAsync(host, id, ct), "the event is published", TimeSpan.FromSeconds(10));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The event took {clock.Elapsed} to leave.");
        Assert.True(batches.Count > before);
    }

    private async Task<IHost> StartAsync(CancellationToken ct, TimeSpan? poll = null, DatabaseTraffic? traffic = null)
    {
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        return await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}",
            services: services =>
            {
                services.Configure<MessagingOptions>(o => o.RelayPollInterval = poll ?? LongPoll);
                if (traffic is not null)
                {
                    services.ConfigureDbContext<LedgerContext>(options => options.AddInterceptors(traffic));
                }
            });
    }

    private static async Task<Guid> SaveEventAsync(IHost host, CancellationToken ct)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var @event = new PointsAwardedIntegrationEvent(Guid.NewGuid(), 1);
        scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>().Add(@event);
        await scope.ServiceProvider.GetRequiredService<LedgerContext>().SaveChangesAsync(ct);
        return @event.EventId;
    }

    private static async Task<bool> IsPublishedAsync(IHost host, Guid id, CancellationToken ct)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        var message = await db.Set<OutboxMessage>().FindAsync([id], ct);
        return message?.PublishedAt is not null;
    }
}
