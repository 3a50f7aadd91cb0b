using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Trace;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>What developers see in the dashboard's traces: the events a service writes, not the relay looking for them.</summary>
public sealed class RelayTracingTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task An_idle_relay_sends_no_traces_while_the_service_s_own_work_is_traced()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        var databaseName = new NpgsqlConnectionStringBuilder(database).Database!;
        var exported = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddNpgsql().AddInMemoryExporter(exported).Build();
        using var host = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}",
            services: services => services.Configure<MessagingOptions>(o => o.RelayPollInterval = TimeSpan.FromMilliseconds(200)));

        // Migrations and start-up are traced; then about ten polls of an empty outbox.
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        var started = CommandsOn(exported, databaseName).Count;
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var whileIdle = CommandsOn(exported, databaseName).Skip(started).ToList();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            db.Accounts.Add(new Account { Id = Guid.NewGuid(), Balance = 1 });
            await db.SaveChangesAsync(ct);
        }
        await Eventually.HoldsAsync(() => Task.FromResult(CommandsOn(exported, databaseName).Any(c => c.Contains("INSERT", StringComparison.Ordinal))),
            "the service's own insert is traced");

        Assert.DoesNotContain(whileIdle, c => c.Contains("outbox_messages", StringComparison.Ordinal));
    }

    /// <summary>The SQL of the traced commands on this test's database (other tests' databases trace too).</summary>
    private static List<string> CommandsOn(List<Activity> exported, string databaseName)
    {
        lock (exported)
        {
            return [.. exported
                .Where(a => a.TagObjects.Any(t => Equals(t.Value, databaseName)))
                .Select(a => a.GetTagItem("db.query.text") as string ?? a.GetTagItem("db.statement") as string ?? a.DisplayName)];
        }
    }
}
