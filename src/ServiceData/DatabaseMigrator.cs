using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.ServiceData;

/// <summary>
/// Applies migrations at start-up (hosted services start before the server listens, so no
/// request sees an old schema), retrying while PostgreSQL is still coming up. Then writes the service's reference
/// data (<see cref="IReferenceDataLoader{TContext}"/>), always, and seeds demo data when <c>Seeds:Load</c> is true and a
/// seeder is registered.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ILogger<DatabaseMigrator<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    // Any fixed key will do: advisory locks are per database, and each service has its own.
    private const long SeedingLock = 0x5EED5;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + GiveUpAfter;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await db.Database.MigrateAsync(cancellationToken);
                await LoadDataAsync(scope.ServiceProvider, db, cancellationToken);
                return;
            }
            catch (Npgsql.NpgsqlException ex) when (DateTimeOffset.UtcNow < deadline)
            {
                LogRetry(typeof(TContext).Name, attempt, ex.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    private async Task LoadDataAsync(IServiceProvider services, TContext db, CancellationToken cancellationToken)
    {
        var references = services.GetServices<IReferenceDataLoader<TContext>>().ToList();
        var seeder = configuration.GetValue<bool>("Seeds:Load") ? services.GetService<IDatabaseSeeder<TContext>>() : null;
        if (references.Count == 0 && seeder is null)
        {
            return;
        }
        // Replicas start together: one loads while the others wait, then each finds the data there and adds nothing.
        // A session lock on the connection kept open, released by hand (or by PostgreSQL if the connection breaks).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SeedingLock})", cancellationToken);
            foreach (var reference in references)
            {
                await reference.LoadAsync(db, cancellationToken);
            }
            if (seeder is not null)
            {
                await seeder.SeedAsync(db, cancellationToken);
            }
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SeedingLock})", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database for {Context} not ready (attempt {Attempt}, {Error}); retrying")]
    private partial void LogRetry(string context, int attempt, string error);
}
