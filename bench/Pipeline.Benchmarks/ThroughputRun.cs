using System.Globalization;
using System.Text.Json;
using SocialPrescribing.Bench;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>
/// `--throughput [events] [workers]`: in one run on one PostgreSQL and one RabbitMQ, the broker's raw rate, the
/// database's raw rate, and the product's pipeline (outbox → broker → inbox → consumer), each over the same count.
/// Prints a "BENCH pipeline" line for scripts/bench.
/// </summary>
internal static class ThroughputRun
{
    public static async Task RunAsync(int events, int workers)
    {
        Console.WriteLine($"Load average before the run: {LoadAverage.Now()}");
        await using var infrastructure = await BenchInfrastructure.StartAsync("pipeline-raw", withBroker: true);
        var json = JsonSerializer.Serialize(OutboxPipeline.Event(Guid.CreateVersion7(), DateTimeOffset.UtcNow), JsonSerializerOptions.Web);

        // Warm-up: connections, JIT and the servers' caches, so the first figure is not the coldest.
        await RawBroker.MessagesPerSecondAsync(infrastructure.Broker, Math.Min(500, events), RawBroker.Body(json));
        var broker = await RawBroker.MessagesPerSecondAsync(infrastructure.Broker, events, RawBroker.Body(json));
        Console.WriteLine($"Raw RabbitMQ, persistent, confirmed, durable queue: {broker:0} messages/s ({events} messages; load {LoadAverage.Now()})");

        // Where the pipeline's time goes: its relay waits for each publish's confirmation before the next.
        var oneByOne = await RawBroker.MessagesPerSecondAsync(infrastructure.Broker, Math.Min(1000, events), RawBroker.Body(json), window: 1);
        Console.WriteLine($"Raw RabbitMQ as above, each confirmation awaited before the next publish: {oneByOne:0} messages/s ({Math.Min(1000, events)} messages; load {LoadAverage.Now()})");

        var database = await RawDatabase.CommitsPerSecondAsync(infrastructure.Database, events, workers, json);
        Console.WriteLine($"Raw PostgreSQL, single-row commits, {workers} connections: {database:0} commits/s ({events} commits; load {LoadAverage.Now()})");

        var pipeline = await OutboxPipeline.EventsPerSecondAsync(
            await infrastructure.CreateDatabaseAsync("pipeline-sender"), await infrastructure.CreateDatabaseAsync("pipeline-receiver"), infrastructure.Broker, events, workers);
        Console.WriteLine($"Pipeline, outbox → broker → inbox → consumer, {workers} senders: {pipeline:0} events/s ({events} events; load {LoadAverage.Now()})");

        var ratio = pipeline / Math.Min(broker, database);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH pipeline events={events} broker={broker:0} database={database:0} pipeline={pipeline:0} broker_one_by_one={oneByOne:0} ratio={ratio:0.00} load={LoadAverage.Now()}"));
    }
}
