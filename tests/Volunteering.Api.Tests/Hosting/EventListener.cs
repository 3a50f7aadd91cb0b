using SocialPrescribing.Messaging;
using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests.Hosting;

/// <summary>
/// Another service on the real RabbitMQ: its own queue bound to <typeparamref name="TEvent"/>,
/// recording each message with the id it arrived under; it can also publish, as another service would.
/// </summary>
public sealed class EventListener<TEvent> : IAsyncDisposable where TEvent : class
{
    private readonly IHost _host;

    private EventListener(IHost host) => _host = host;

    public ConcurrentDictionary<Guid, TEvent> Received { get; } = new();

    public static async Task<EventListener<TEvent>> StartAsync(string brokerConnectionString)
    {
        var broker = new Uri(brokerConnectionString);
        var builder = Host.CreateApplicationBuilder();
        EventListener<TEvent>? listener = null;
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter($"listener-{Guid.NewGuid():N}", includeNamespace: false));
            bus.AddHandler<TEvent>(context =>
            {
                listener!.Received[context.MessageId ?? Guid.Empty] = context.Message;
                return Task.CompletedTask;
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.ConnectTo(broker);
                rabbit.ConfigureEndpoints(context);
            });
        });
        listener = new EventListener<TEvent>(builder.Build());
        await listener._host.StartAsync(TestContext.Current.CancellationToken);
        var health = await listener._host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        Assert.Equal(BusHealthStatus.Healthy, health);
        return listener;
    }

    public Task PublishAsync<TMessage>(TMessage message) where TMessage : class =>
        _host.Services.GetRequiredService<IBus>().Publish(message, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
