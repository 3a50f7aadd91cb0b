using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.Messaging;

public static class MessagingExtensions
{
    /// <summary>The connection-string name of the broker, as the AppHost (and Aspire) name it.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ, with retry and error queues configured once, the transactional
    /// outbox relay for <typeparamref name="TContext"/>, and the consumers the service registers.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is not configured; start the service through the AppHost or set it.");
        var broker = new Uri(connectionString);
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;

        builder.Services.AddOptions<MessagingOptions>().BindConfiguration("Messaging");
        builder.Services.AddScoped<IIntegrationEventOutbox, IntegrationEventOutbox<TContext>>();
        builder.Services.AddHostedService<OutboxRelay<TContext>>();

        builder.Services.AddMassTransit(bus =>
        {
            // Queues are named after the service, so replicas of one service compete for its messages.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.ConnectTo(broker);
                // Transient failures retry in place; what still fails lands in the endpoint's _error queue.
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300)));
                rabbit.ConfigureEndpoints(context);
            });
        });

        // Start without waiting for the broker: requests that only write to the outbox keep working during an outage.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = false);
        return builder;
    }
}
