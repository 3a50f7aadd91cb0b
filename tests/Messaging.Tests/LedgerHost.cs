using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Persistence;

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
}
