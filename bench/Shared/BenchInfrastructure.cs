using Npgsql;
using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Bench;

/// <summary>
/// PostgreSQL (and RabbitMQ when asked) as the AppHost declares them, started through the test kit's
/// <see cref="AspireApp"/> with AppHost:Only in a throw-away folder (PostgreSQL without fsync), and one empty
/// database of the benchmark's own, created on the server. Shared by the benchmark projects as a linked file.
/// </summary>
internal sealed class BenchInfrastructure : IAsyncDisposable
{
    private readonly AspireApp _app;
    private readonly string? _broker;

    private BenchInfrastructure(AspireApp app, string database, string? broker)
    {
        _app = app;
        Database = database;
        _broker = broker;
    }

    /// <summary>The connection string of the benchmark's database.</summary>
    public string Database { get; }

    /// <summary>The RabbitMQ address with the generated user, when started with the broker.</summary>
    public string Broker => _broker ?? throw new InvalidOperationException("RabbitMQ was not started.");

    public static async Task<BenchInfrastructure> StartAsync(string database, bool withBroker)
    {
        var settings = new Dictionary<string, string>
        {
            [HostSettings.OnlyKey] = withBroker ? HostSettings.InfrastructureOnlyValue : HostSettings.PostgresOnlyValue,
            // The servers' own output stays out of the figures (AspireApp still shows it if they fail to start).
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:AppHost.Resources"] = "None",
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None",
        };
        var app = await AspireApp.StartAsync(settings, withBroker ? ["postgres", "messaging"] : ["postgres"], configure: null, CancellationToken.None);
        try
        {
            return new BenchInfrastructure(
                app,
                await CreateDatabaseAsync(await app.GetConnectionStringAsync("postgres"), database),
                withBroker ? await app.GetConnectionStringAsync("messaging") : null);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another empty database on the same server, for a benchmark of more than one service.</summary>
    public Task<string> CreateDatabaseAsync(string name) => CreateDatabaseAsync(Database, name);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static async Task<string> CreateDatabaseAsync(string serverConnectionString, string name)
    {
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        server.Database = name;
        return server.ConnectionString;
    }
}
