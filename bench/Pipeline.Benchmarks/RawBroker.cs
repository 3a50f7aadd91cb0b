using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>
/// The broker's own limit on this machine: persistent messages into a durable queue, each publish confirmed by the
/// broker (a window of them awaiting confirmation at once), consumed with manual acknowledgements on a
/// second connection. Messages per second from the first publish to the last acknowledgement.
/// </summary>
internal static class RawBroker
{
    /// <summary>Confirmations awaited at once by default; a window of 1 waits for each before the next, as the outbox relay does.</summary>
    public const int Window = 100;

    public static async Task<double> MessagesPerSecondAsync(string broker, int messages, byte[] body, int window = Window)
    {
        var factory = new ConnectionFactory { Uri = new Uri(broker) };
        await using var publishing = await factory.CreateConnectionAsync("raw-publisher");
        await using var consuming = await factory.CreateConnectionAsync("raw-consumer");
        await using var publisher = await publishing.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumer = await consuming.CreateChannelAsync();
        var queue = $"bench-raw-{Guid.NewGuid():N}";
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);

        var received = 0;
        var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new AsyncEventingBasicConsumer(consumer);
        handler.ReceivedAsync += async (_, delivery) =>
        {
            await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) == messages)
            {
                allReceived.TrySetResult();
            }
        };
        await consumer.BasicQosAsync(0, Window, global: false);
        await consumer.BasicConsumeAsync(queue, autoAck: false, handler);

        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        var start = Stopwatch.GetTimestamp();
        var confirms = new List<ValueTask>(window);
        for (var i = 0; i < messages; i++)
        {
            confirms.Add(publisher.BasicPublishAsync("", queue, mandatory: true, properties, body));
            if (confirms.Count == window)
            {
                await AwaitAllAsync(confirms);
            }
        }
        await AwaitAllAsync(confirms);
        await allReceived.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await publisher.QueueDeleteAsync(queue);
        return messages / seconds;
    }

    /// <summary>A benchmark message the size of the pipeline's: the event as JSON.</summary>
    public static byte[] Body(string json) => Encoding.UTF8.GetBytes(json);

    private static async Task AwaitAllAsync(List<ValueTask> confirms)
    {
        foreach (var confirm in confirms)
        {
            await confirm;
        }
        confirms.Clear();
    }
}
