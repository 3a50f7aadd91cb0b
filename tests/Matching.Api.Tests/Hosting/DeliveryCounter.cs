using System.Collections.Concurrent;
using MassTransit;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>Counts finished deliveries by message id, so a test knows when every copy has been consumed.</summary>
internal sealed class DeliveryCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> counts = new();

    public int Count(Guid messageId) => counts.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            counts.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
