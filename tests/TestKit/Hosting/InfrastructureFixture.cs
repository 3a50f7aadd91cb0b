using Npgsql;
using SocialPrescribing.AppHost.Hosting;
using Xunit;

namespace SocialPrescribing.TestKit.Hosting;

/// <summary>
/// A real PostgreSQL server and RabbitMQ node, started once per test assembly through the
/// AppHost's own API and thrown away afterwards. Tests get a fresh database each.
/// </summary>
public class InfrastructureFixture : IAsyncLifetime
{
    /// <summary>Whether the RabbitMQ node is started too (a few seconds more).</summary>
    protected virtual bool WithBroker => true;

    private DistributedApplication? _app;

    private DistributedApplication App => _app ?? throw new InvalidOperationException("The infrastructure has not started.");

    public string BrokerConnectionString => App.GetConnectionString("messaging");

    public async ValueTask InitializeAsync()
    {
        var builder = DistributedApplicationBuilder.Create(new AppHostOptions { Ephemeral = true });
        builder.AddPostgres("postgres");
        if (WithBroker)
        {
            builder.AddRabbitMQ("messaging");
        }
        _app = builder.Build();
        await _app.StartAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(App.GetConnectionString("postgres"));
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
