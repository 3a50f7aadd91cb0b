using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SocialPrescribing.Messaging;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>
/// The product's event pipeline between two services, each a host wired as the real ones are (service defaults,
/// AddServiceDatabase, AddMessaging): the sender's workers each commit a row and its event to the outbox; the
/// relay publishes it; the receiver's inbox consumer commits the event's row. Events per second from the first
/// commit until the receiver's database holds every row.
/// </summary>
internal static class OutboxPipeline
{
    private const string ConnectionName = "pipeline-db";

    public static async Task<double> EventsPerSecondAsync(string senderDatabase, string receiverDatabase, string broker, int events, int workers)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        using var receiver = await StartServiceAsync(receiverDatabase, broker, $"bench-receiver-{run}", bus => bus.AddConsumer<PingedConsumer>());
        using var sender = await StartServiceAsync(senderDatabase, broker, $"bench-sender-{run}", consumers: null);

        // The first round warms the JIT up (a profile of a cold round showed a fifth of the CPU in the JIT and EF Core
        // and MassTransit running un-optimised code); the second, timed as a long-running service would run, is the figure.
        var warm = await RoundAsync(sender, senderDatabase, receiverDatabase, events, workers, alreadyThrough: 0);
        Console.WriteLine($"  warm-up round: {warm:0} events/s");
        var sent = events / workers * workers;
        var rate = await RoundAsync(sender, senderDatabase, receiverDatabase, events, workers, alreadyThrough: sent);

        await sender.StopAsync();
        await receiver.StopAsync();
        return rate;
    }

    private static async Task<double> RoundAsync(IHost sender, string senderDatabase, string receiverDatabase, int events, int workers, int alreadyThrough)
    {
        var sent = events / workers * workers;
        var start = Stopwatch.GetTimestamp();
        // Where the time goes: when the last commit, the last publish and the last consume were done.
        var relayed = SecondsUntilAsync(senderDatabase, "SELECT count(*) FROM outbox_messages WHERE published_at IS NOT NULL", alreadyThrough + sent, start);
        var consumed = SecondsUntilAsync(receiverDatabase, "SELECT count(*) FROM pings", alreadyThrough + sent, start);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => SendAsync(sender.Services, events / workers)));
        var committed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var seconds = await consumed;
        Console.WriteLine($"  the senders' last commit after {committed:0.0} s, the relay's last publish after {await relayed:0.0} s, the consumer's last commit after {seconds:0.0} s");
        return sent / seconds;
    }

    /// <summary>One commit a request, as an API endpoint makes: its own row and its event, through the outbox.</summary>
    private static async Task SendAsync(IServiceProvider services, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PipelineContext>();
            var id = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            db.Pings.Add(new PingRow { Id = id, At = now });
            scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>().Add(Event(id, now));
            await db.SaveChangesAsync();
        }
    }

    public static PingedIntegrationEvent Event(Guid id, DateTimeOffset at) => new(id, at, "A benchmark's event, the size of a small real one.");

    private static async Task<IHost> StartServiceAsync(string database, string broker, string serviceName, Action<IBusRegistrationConfigurator>? consumers)
    {
        await CreateTablesAsync(database);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{ConnectionName}"] = database;
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = broker;
        builder.Configuration["OTEL_SERVICE_NAME"] = serviceName;
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<PipelineContext>(ConnectionName);
        // The tables come from the model (CreateTablesAsync), not from migrations: the migrator has nothing to apply.
        builder.Services.ConfigureDbContext<PipelineContext>(options =>
            options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.AddMessaging<PipelineContext>(consumers);

        var host = builder.Build();
        await host.StartAsync();
        // Services start without waiting for the broker; nothing may be sent before the receiver's queue is bound.
        var status = await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return status == BusHealthStatus.Healthy ? host : throw new InvalidOperationException($"{serviceName} did not connect to the broker.");
    }

    private static async Task CreateTablesAsync(string database)
    {
        await using var db = new PipelineContext(new DbContextOptionsBuilder<PipelineContext>().UseNpgsql(database).Options);
        await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
    }

    /// <summary>
    /// Seconds from <paramref name="start"/> until the count query reaches <paramref name="rows"/>, looked at every
    /// 50 ms: often enough for runs of several seconds, rarely enough to cost the database little.
    /// </summary>
    private static async Task<double> SecondsUntilAsync(string database, string countQuery, int rows, long start)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(countQuery, connection);
        long arrived;
        while ((arrived = (long)(await count.ExecuteScalarAsync())!) < rows)
        {
            if (Stopwatch.GetElapsedTime(start) > GiveUpAfter)
            {
                throw new TimeoutException($"Only {arrived} of {rows} events were through ({countQuery}) within {GiveUpAfter.TotalSeconds} s.");
            }
            await Task.Delay(50);
        }
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);
}
