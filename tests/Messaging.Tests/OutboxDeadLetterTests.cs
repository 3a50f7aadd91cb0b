using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>
/// A row that fails by itself is parked after a few tries and the events behind it keep flowing; a broker that is
/// away is waited out, however long, and parks nothing.
/// </summary>
public sealed class OutboxDeadLetterTests(InfrastructureFixture infrastructure)
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan MinBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly string PointsAwarded = $"{typeof(PointsAwardedIntegrationEvent).FullName}, {typeof(PointsAwardedIntegrationEvent).Assembly.GetName().Name}";

    [Theory]
    [InlineData("SocialPrescribing.NoSuchEvent, SocialPrescribing.Nowhere", """{"accountId":"6f1c5c47-9d1e-4a53-9c8e-0d5a2b1e7f10","points":1}""", "is not a known integration event type")]
    [InlineData("System.Uri, System.Private.Uri", "\"https://example.org/\"", "is not a known integration event type")]
    [InlineData(null, """{"accountId":"Margaret Hughes, 07700 900123","points":1}""", "does not read as a PointsAwardedIntegrationEvent at $.accountId")]
    public async Task A_row_that_cannot_be_read_is_parked_after_its_tries_and_a_later_event_is_delivered(string? eventType, string payload, string error)
    {
        var ct = TestContext.Current.CancellationToken;
        var account = Guid.NewGuid();
        var received = new ConcurrentDictionary<Guid, int>();
        using var listener = await LedgerHost.StartListenerAsync(infrastructure, account,
            context => received.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1));
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        using var host = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}",
            services: services => services.Configure<MessagingOptions>(FastRetries));
        using var parkedCount = new InstrumentCounter(host, OutboxRelayTelemetry.DeadLettersInstrument);
        Assert.Equal(HealthStatus.Healthy, (await DeadLetterHealthAsync(host, ct)).Status);

        var poison = await InsertRowAsync(host, eventType ?? PointsAwarded, payload, ct);
        var good = await SaveEventAsync(host, account, ct);

        await Eventually.HoldsAsync(() => Task.FromResult(received.ContainsKey(good)), "the event behind the poison row is delivered", TimeSpan.FromSeconds(60));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        // The relay publishes before it commits; the later event does not wait for the poison row, which is parked
        // after its tries by a later batch.
        await Eventually.HoldsAsync(() => db.Set<OutboxMessage>().AnyAsync(m => m.Id == good && m.PublishedAt != null, ct), "the relay commits");
        await Eventually.HoldsAsync(() => db.Set<OutboxDeadLetter>().AnyAsync(ct), "the poison row is parked", TimeSpan.FromSeconds(30));
        var dead = Assert.Single(await db.Set<OutboxDeadLetter>().ToListAsync(ct));
        Assert.Equal(poison, dead.MessageId);
        Assert.Equal(MaxAttempts, dead.Attempts);
        Assert.Contains(error, dead.Error);
        Assert.DoesNotContain("Margaret", dead.Error);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(payload), JsonNode.Parse(dead.Payload)), "The parked row keeps its payload.");
        Assert.True(dead.FirstFailedAt < dead.LastFailedAt);
        Assert.Null(await db.Set<OutboxMessage>().FindAsync([poison], ct));

        var health = await DeadLetterHealthAsync(host, ct);
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Equal(1, health.Data["count"]);
        Assert.Equal(1, parkedCount.Count);
    }

    [Fact]
    public async Task A_broker_outage_parks_nothing_however_many_tries_it_takes()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        var traffic = new DatabaseTraffic();
        using var host = await StartWithoutBrokerAsync(database, traffic, ct);
        using var batches = new InstrumentCounter(host, OutboxRelayTelemetry.BatchesInstrument);

        var id = await SaveEventAsync(host, Guid.NewGuid(), ct);
        var start = (Batches: batches.Count, Commands: traffic.Commands, Clock: DateTimeOffset.UtcNow);
        await Eventually.HoldsAsync(() => Task.FromResult(batches.Count - start.Batches > 2 * MaxAttempts),
            $"the relay has tried more than {2 * MaxAttempts} times", TimeSpan.FromSeconds(90));
        var commands = traffic.Commands - start.Commands;
        var elapsed = DateTimeOffset.UtcNow - start.Clock;
        TestContext.Current.TestOutputHelper?.WriteLine($"{batches.Count - start.Batches} tries, {commands} queries in {elapsed.TotalSeconds:F1} s of outage");

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        Assert.Empty(await db.Set<OutboxDeadLetter>().ToListAsync(ct));
        var row = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, ct);
        Assert.Null(row.PublishedAt);
        Assert.Equal(0, row.Attempts);
        Assert.Equal(HealthStatus.Healthy, (await DeadLetterHealthAsync(host, ct)).Status);

        // And it waits between tries rather than spinning: never more than one query per minimum back-off.
        Assert.InRange(commands, 1, (long)Math.Ceiling(elapsed / MinBackoff) + 1);
    }

    private static void FastRetries(MessagingOptions options)
    {
        options.RelayMaxAttempts = MaxAttempts;
        options.RelayMinBackoff = MinBackoff;
        options.RelayMaxBackoff = TimeSpan.FromMilliseconds(400);
        options.PublishTimeout = TimeSpan.FromMilliseconds(500);
    }

    /// <summary>A service whose broker address answers nothing, as during an outage; its own database is up.</summary>
    private static async Task<IHost> StartWithoutBrokerAsync(string database, DatabaseTraffic traffic, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:ledger-db"] = database;
        builder.Configuration["ConnectionStrings:messaging"] = $"amqp://guest:guest@127.0.0.1:{ClosedPort()}/";
        builder.Configuration["OTEL_SERVICE_NAME"] = $"ledger-{Guid.NewGuid():N}";
        builder.AddServiceDatabase<LedgerContext>("ledger-db");
        builder.AddMessaging<LedgerContext>();
        builder.Services.Configure<MessagingOptions>(FastRetries);
        builder.Services.ConfigureDbContext<LedgerContext>(options => options.AddInterceptors(traffic));
        var host = builder.Build();
        await host.StartAsync(ct);
        return host;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HealthReportEntry> DeadLetterHealthAsync(IHost host, CancellationToken ct)
    {
        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Name == "outbox-dead-letters", ct);
        return report.Entries["outbox-dead-letters"];
    }

    /// <summary>A row as a faulty writer (an older release, a hand edit) could have left it.</summary>
    private static async Task<Guid> InsertRowAsync(IHost host, string eventType, string payload, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO outbox_messages (id, event_type, payload, occurred_at, attempts) VALUES ({id}, {eventType}, {payload}::jsonb, now(), 0)", ct);
        return id;
    }

    private static async Task<Guid> SaveEventAsync(IHost host, Guid account, CancellationToken ct)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var @event = new PointsAwardedIntegrationEvent(account, 1);
        scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>().Add(@event);
        await scope.ServiceProvider.GetRequiredService<LedgerContext>().SaveChangesAsync(ct);
        return @event.EventId;
    }
}
