using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.Messaging;

public static class MessagingExtensions
{
    /// <summary>The connection-string name of the broker, as the AppHost (and Aspire) name it.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>Retries of a transient failure, the n-th after n seconds: 40 cover outages of about a quarter of an hour.</summary>
    private const int OutageRetries = 40;

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

        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration("Messaging")
            .ValidateDataAnnotations()
            .Validate(o => o.RelayMaxBackoff >= o.RelayMinBackoff, "Messaging:RelayMaxBackoff must not be shorter than Messaging:RelayMinBackoff.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        // The context is pooled: its options are built once, from the root provider, so a singleton interceptor fits.
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.Services.AddScoped<IIntegrationEventOutbox, IntegrationEventOutbox<TContext>>();
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        // Degraded, not Unhealthy: the service and its other events work; someone has to look at the parked rows.
        builder.Services.AddHealthChecks().AddCheck<OutboxDeadLetterHealthCheck<TContext>>(
            OutboxDeadLetterHealthCheck<TContext>.Name, HealthStatus.Degraded);

        // Aspire's RabbitMQ client: a health check and telemetry for the broker. MassTransit keeps its own
        // connection for the messages. The client connects on first use (the health check), once per check
        // while the broker is down, and RabbitMQ.Client's automatic recovery reconnects it after an outage.
        builder.AddRabbitMQClient(ConnectionName, settings =>
        {
            settings.DisableAutoActivation = true;
            settings.MaxConnectRetryCount = 0;
        });

        builder.Services.AddMassTransit(bus =>
        {
            // Queues are named after the service, so replicas of one service compete for its messages.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            // A message that still fails after its retries waits in the endpoint's _error queue; a Fault event about it
            // would go to a shared exchange nobody consumes, which the service's broker user may not write to.
            bus.AddConfigureEndpointsCallback((_, endpoint) => endpoint.PublishFaults = false);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.ConnectTo(broker);
                var consumers = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                rabbit.PrefetchCount = consumers.ConsumerPrefetch;
                rabbit.ConcurrentMessageLimit = consumers.ConsumerConcurrency;
                rabbit.KeepToOwnNames(serviceName);
                // A failure that is not an outage retries in place a few times, then waits in the endpoint's _error queue.
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(e => !TransientFailures.IsTransient(e));
                    retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300));
                });
                // One that says "not now" (the database, the broker or another service away) keeps the message for
                // minutes, waiting a second longer each time: the outage delays it and loses nothing.
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(TransientFailures.IsTransient);
                    retry.Incremental(OutageRetries, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        // Start without waiting for the broker: requests that only write to the outbox keep working during an outage.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = false);
        return builder;
    }
}
