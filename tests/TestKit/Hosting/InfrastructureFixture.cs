using Npgsql;
using SocialPrescribing.AppHost.Hosting;
using Xunit;

namespace SocialPrescribing.TestKit.Hosting;

/// <summary>
/// A real PostgreSQL server and RabbitMQ node, as the AppHost declares them, started once per test assembly
/// through Aspire.Hosting.Testing and thrown away afterwards. Tests get a fresh database each.
/// </summary>
public class InfrastructureFixture : IAsyncLifetime
{
    /// <summary>Whether the RabbitMQ node is started too (a few seconds more).</summary>
    protected virtual bool WithBroker => true;

    private AspireApp? _app;
    private string? _broker;
    private string? _server;

    public string BrokerConnectionString => _broker ?? throw new InvalidOperationException("The broker was not started.");

    public async ValueTask InitializeAsync()
    {
        var only = WithBroker ? HostSettings.InfrastructureOnlyValue : HostSettings.PostgresOnlyValue;
        _app = await AspireApp.StartAsync(
            new Dictionary<string, string> { [HostSettings.OnlyKey] = only },
            WithBroker ? ["postgres", "messaging"] : ["postgres"],
            configure: null,
            TestContext.Current.CancellationToken);
        _server = await _app.GetConnectionStringAsync("postgres");
        _broker = WithBroker ? await _app.GetConnectionStringAsync("messaging") : null;
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(_server ?? throw new InvalidOperationException("The infrastructure has not started."));
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        server.Database = name;
        return server.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Only PostgreSQL, for a service that sends no events.</summary>
public sealed class DatabaseFixture : InfrastructureFixture
{
    protected override bool WithBroker => false;
}
