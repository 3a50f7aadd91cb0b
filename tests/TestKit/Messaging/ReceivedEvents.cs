using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging;
using Xunit;

namespace SocialPrescribing.TestKit.Messaging;

/// <summary>
/// A separate consumer on the real RabbitMQ node, standing for the GP-system integration and the
/// other services: whatever a service's outbox publishes of the chosen event types arrives here over the broker.
/// </summary>
/// <param name="queuePrefix">Names this listener's queues, so two test assemblies on one broker do not share them.</param>
/// <param name="eventTypes">The integration events to record.</param>
public sealed class ReceivedEvents(string queuePrefix, params Type[] eventTypes) : IAsyncDisposable
{
    private readonly ConcurrentQueue<IntegrationEvent> _received = new();
    private IHost? _host;

    public IEnumerable<T> Of<T>() where T : IntegrationEvent => _received.OfType<T>();

    /// <summary>Waits until an event of type <typeparamref name="T"/> matching <paramref name="match"/> has arrived.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan? timeout = null) where T : IntegrationEvent
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (Of<T>().FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"No {typeof(T).Name} arrived in time.");
    }

    /// <summary>Publishes on the broker as another service would (e.g. an announcement the service under test consumes).</summary>
    public Task PublishAsync<T>(T message) where T : IntegrationEvent =>
        (_host ?? throw new InvalidOperationException("Start the listener first.")).Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);

    public async Task StartAsync(string brokerConnectionString)
    {
        var broker = new Uri(brokerConnectionString);
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(this);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(queuePrefix, includeNamespace: false));
            foreach (var eventType in eventTypes)
            {
                bus.AddConsumer(typeof(Recorder<>).MakeGenericType(eventType));
            }
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.ConnectTo(broker);
                rabbit.ConfigureEndpoints(context);
            });
        });
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        var ready = await _host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        Assert.Equal(BusHealthStatus.Healthy, ready);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }
    }

    private sealed class Recorder<T>(ReceivedEvents events) : IConsumer<T> where T : IntegrationEvent
    {
        public Task Consume(ConsumeContext<T> context)
        {
            events._received.Enqueue(context.Message);
            return Task.CompletedTask;
        }
    }
}
