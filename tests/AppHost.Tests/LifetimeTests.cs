using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;
using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

public sealed class LifetimeTests
{
    private const string ProbeDatabase = "probe-db";

    [Fact]
    public async Task A_second_run_on_the_same_data_folder_keeps_the_credentials_and_the_data()
    {
        var folder = Directory.CreateTempSubdirectory("apphost-tests-kept-").FullName;
        try
        {
            var (firstServer, firstBroker) = await RunAsync(folder, server =>
                Sql.ScalarAsync(server, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from the first run')"));

            var (secondServer, secondBroker) = await RunAsync(folder, async server =>
            {
                Assert.Equal("from the first run", await Sql.ScalarAsync(server, "SELECT note FROM kept"));
            });

            Assert.Equal(new NpgsqlConnectionStringBuilder(firstServer).Password, new NpgsqlConnectionStringBuilder(secondServer).Password);
            Assert.Equal(new Uri(firstBroker).UserInfo, new Uri(secondBroker).UserInfo);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_database_made_before_it_had_an_owning_role_is_handed_over_to_that_role()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("apphost-tests-owner-").FullName;
        try
        {
            // As an AppHost from before owning roles left it: the database and its tables belong to the superuser.
            await RunPostgresAsync(folder, database: null, async app =>
            {
                var server = await app.GetConnectionStringAsync("postgres", ct) ?? throw new InvalidOperationException("postgres has no connection string.");
                await Sql.ScalarAsync(server, $"CREATE DATABASE \"{ProbeDatabase}\"");
                await Sql.ScalarAsync(new NpgsqlConnectionStringBuilder(server) { Database = ProbeDatabase }.ConnectionString, "CREATE TABLE kept (id serial PRIMARY KEY, note text)");
            });

            await RunPostgresAsync(folder, ProbeDatabase, async app =>
            {
                var owner = await app.GetConnectionStringAsync(ProbeDatabase, ct) ?? throw new InvalidOperationException($"{ProbeDatabase} has no connection string.");

                // What a migration and the service then do.
                await Sql.ScalarAsync(owner, "ALTER TABLE kept ADD COLUMN migrated boolean; INSERT INTO kept (note) VALUES ('by its owner')");

                Assert.Equal(ProbeDatabase, await Sql.ScalarAsync(owner, "SELECT tableowner FROM pg_tables WHERE tablename = 'kept'"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Disposing_the_application_leaves_no_process_behind()
    {
        var app = await TestApps.InfrastructureAsync();
        var running = LocalProcesses.Mentioning(app.DataDirectory);
        // The scan sees what it must: the PostgreSQL server, the Erlang VM and epmd (by its working directory).
        Assert.Contains(running, p => p.CommandLine.Contains("postgres -D", StringComparison.Ordinal));
        Assert.Contains(running, p => p.CommandLine.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(running, p => p.CommandLine.StartsWith("epmd", StringComparison.Ordinal));

        await app.DisposeAsync();

        Assert.Empty(LocalProcesses.Mentioning(app.DataDirectory));
    }

    /// <summary>
    /// One run of the AppHost's PostgreSQL and RabbitMQ on <paramref name="folder"/>, as `dotnet run --project
    /// AppHost` would with AppHost:DataDirectory set; returns both connection strings once stopped.
    /// </summary>
    private static async Task<(string Server, string Broker)> RunAsync(string folder, Func<string, Task> whileRunning)
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(HostSettings),
            [$"--{HostSettings.DataDirectoryKey}={folder}", $"--{HostSettings.OnlyKey}={HostSettings.InfrastructureOnlyValue}"], ct);
        await using var app = await builder.BuildAsync(ct);
        await app.StartAsync(ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("postgres", ct);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("messaging", ct);
        var server = await app.GetConnectionStringAsync("postgres", ct) ?? throw new InvalidOperationException("postgres has no connection string.");
        var broker = await app.GetConnectionStringAsync("messaging", ct) ?? throw new InvalidOperationException("messaging has no connection string.");
        await whileRunning(server);
        Assert.True(await Amqp.AcceptsAsync(broker), "RabbitMQ refuses the generated user");
        await app.StopAsync(ct);
        return (server, broker);
    }

    /// <summary>One run of the AppHost's PostgreSQL alone on <paramref name="folder"/>, with <paramref name="database"/> declared on it.</summary>
    private static async Task RunPostgresAsync(string folder, string? database, Func<DistributedApplication, Task> whileRunning)
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(HostSettings),
            [$"--{HostSettings.DataDirectoryKey}={folder}", $"--{HostSettings.OnlyKey}={HostSettings.PostgresOnlyValue}"], ct);
        if (database is not null)
        {
            builder.CreateResourceBuilder(builder.Resources.OfType<LocalPostgresResource>().Single()).AddDatabase(database);
        }
        await using var app = await builder.BuildAsync(ct);
        await app.StartAsync(ct);
        string[] resources = database is null ? ["postgres"] : ["postgres", database];
        foreach (var resource in resources)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, ct);
        }
        await whileRunning(app);
        NpgsqlConnection.ClearAllPools();
        await app.StopAsync(ct);
    }
}
