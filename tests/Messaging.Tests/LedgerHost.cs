using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.ServiceData;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>
/// A small service wired exactly as the real ones are (AddServiceDatabase + AddMessaging),
/// against the real PostgreSQL and RabbitMQ started for the test run.
/// </summary>
public static class LedgerHost
{
    public static async Task<IHost> StartAsync(
        string databaseConnectionString,
        string brokerConnectionString,
        string serviceName,
        Action<IBusRegistrationConfigurator>? consumers = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:ledger-db"] = databaseConnectionString;
        builder.Configuration["ConnectionStrings:messaging"] = brokerConnectionString;
        builder.Configuration["OTEL_SERVICE_NAME"] = serviceName;
        builder.Configuration["Messaging:RelayPollInterval"] = "00:00:00.200";
        builder.AddServiceDatabase<LedgerContext>("ledger-db");
        builder.AddMessaging<LedgerContext>(consumers);
        services?.Invoke(builder.Services);

        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        // Services start without waiting for the broker; a test must not publish before its queues are bound.
        var ready = await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        Assert.Equal(BusHealthStatus.Healthy, ready);
        return host;
    }

    /// <summary>
    /// A plain consumer of one account's events, without an inbox, so every publish is seen, duplicates included.
    /// </summary>
    public static async Task<IHost> StartListenerAsync(
        InfrastructureFixture infrastructure, Guid account, Action<ConsumeContext<PointsAwardedIntegrationEvent>> received)
    {
        var database = await infrastructure.CreateDatabaseAsync("listener", TestContext.Current.CancellationToken);
        return await StartAsync(database, infrastructure.BrokerConnectionString, $"listener-{Guid.NewGuid():N}",
            bus => bus.AddHandler<PointsAwardedIntegrationEvent>(context =>
            {
                if (context.Message.AccountId == account)
                {
                    received(context);
                }
                return Task.CompletedTask;
            }));
    }
}
