using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>A relay that cannot reach its database waits longer between tries instead of spinning.</summary>
public sealed class RelayBackoffTests(InfrastructureFixture infrastructure)
{
    private static readonly TimeSpan MinBackoff = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_relay_whose_database_has_gone_backs_off_between_tries()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        var traffic = new DatabaseTraffic();
        using var host = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}",
            services: services =>
            {
                services.Configure<MessagingOptions>(o =>
                {
                    o.RelayMinBackoff = MinBackoff;
                    o.RelayMaxBackoff = TimeSpan.FromMilliseconds(800);
                });
                services.ConfigureDbContext<LedgerContext>(options => options.AddInterceptors(traffic));
            });

        await DropAsync(database, ct);
        var before = traffic.ConnectionsOpened;
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(5), ct);
        var tries = traffic.ConnectionsOpened - before;
        TestContext.Current.TestOutputHelper?.WriteLine($"{tries} connection attempts in {clock.Elapsed.TotalSeconds:F1} s without a database");

        // It keeps trying (so it will be back once the database is), but with the back-off growing to its maximum:
        // fewer tries than one per minimum back-off, where a loop without a pause would make thousands.
        Assert.InRange(tries, 2, (long)(clock.Elapsed / MinBackoff) / 2);
    }

    private static async Task DropAsync(string database, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(database);
        var server = new NpgsqlConnectionStringBuilder(database) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{target.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(ct);
    }
}
