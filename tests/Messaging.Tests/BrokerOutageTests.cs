using System.Net.Sockets;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

public sealed class BrokerOutageTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_service_starts_and_writes_its_outbox_while_the_broker_is_down_and_says_so_in_its_health()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:ledger-db"] = database;
        builder.Configuration["ConnectionStrings:messaging"] = $"amqp://guest:guest@127.0.0.1:{ClosedPort()}/";
        builder.Configuration["OTEL_SERVICE_NAME"] = $"ledger-{Guid.NewGuid():N}";
        builder.AddServiceDatabase<LedgerContext>("ledger-db");
        builder.AddMessaging<LedgerContext>();
        builder.Services.AddHealthChecks();
        using var host = builder.Build();

        await host.StartAsync(ct);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>().Add(new PointsAwardedIntegrationEvent(Guid.NewGuid(), 1));
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<LedgerContext>().SaveChangesAsync(ct));
        }
        var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(ct);
        Assert.Equal(HealthStatus.Unhealthy, health.Entries["RabbitMQ.Client"].Status);
        Assert.Equal(HealthStatus.Healthy, health.Entries[nameof(LedgerContext)].Status);
        await host.StopAsync(ct);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
