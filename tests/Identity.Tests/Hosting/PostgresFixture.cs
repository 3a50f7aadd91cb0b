using Npgsql;
using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.Identity.Tests.Hosting;

/// <summary>A real PostgreSQL server for the test assembly, started through the AppHost's own API.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private DistributedApplication? _app;

    public async ValueTask InitializeAsync()
    {
        var builder = DistributedApplicationBuilder.Create(new AppHostOptions { Ephemeral = true });
        builder.AddPostgres("postgres");
        _app = builder.Build();
        await _app.StartAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A fresh, empty database; the identity service migrates it on start.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder(_app!.GetConnectionString("postgres"));
        var name = $"identity_{Guid.NewGuid():N}";
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
    }
}
