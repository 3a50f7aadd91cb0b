using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>
/// The relay is woken by commits that wrote outbox rows and by nothing else; with a long poll interval
/// an idle service claims no batches at all, and an event still leaves at once.
/// </summary>
public sealed class RelayIdleTests(InfrastructureFixture infrastructure)
{
    private static readonly TimeSpan LongPoll = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task An_idle_relay_claims_no_batches_after_draining()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync(ct);
        using var batches = new BatchCounter(host);

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
    public async Task An_event_leaves_at_once_without_waiting_for_a_poll()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = await StartAsync(ct);
        using var batches = new BatchCounter(host);
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        var before = batches.Count;

        var clock = Stopwatch.StartNew();
        var id = await SaveEventAsync(host, ct);
        await Eventually.HoldsAsync(() => IsPublishedAsync(host, id, ct), "the event is published", TimeSpan.FromSeconds(10));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The event took {clock.Elapsed} to leave.");
        Assert.True(batches.Count > before);
    }

    private async Task<IHost> StartAsync(CancellationToken ct)
    {
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        return await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}",
            services: services => services.Configure<MessagingOptions>(o => o.RelayPollInterval = LongPoll));
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

    /// <summary>Counts the batches claimed by one host's relay (its own meter factory, so other tests' hosts do not count).</summary>
    private sealed class BatchCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public BatchCounter(IHost host)
        {
            var meters = host.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == OutboxRelayTelemetry.BatchesInstrument)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
