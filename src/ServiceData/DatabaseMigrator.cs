using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.ServiceData;

/// <summary>
/// Applies migrations at start-up (hosted services start before the server listens, so no
/// request sees an old schema), retrying while PostgreSQL is still coming up. Then writes the service's reference
/// data (<see cref="IReferenceDataLoader{TContext}"/>), always, then demo data when a test host has registered an
/// <see cref="IDatabaseSeeder{TContext}"/> (no service does: the AppHost's development seeder loads the demo), both under
/// <see cref="DataLoadLock"/>.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    ILogger<DatabaseMigrator<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

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

    private static async Task LoadDataAsync(IServiceProvider services, TContext db, CancellationToken cancellationToken)
    {
        var references = services.GetServices<IReferenceDataLoader<TContext>>().ToList();
        var seeder = services.GetService<IDatabaseSeeder<TContext>>();
        if (references.Count == 0 && seeder is null)
        {
            return;
        }
        await DataLoadLock.RunAsync(db, async ct =>
        {
            foreach (var reference in references)
            {
                await reference.LoadAsync(db, ct);
            }
            if (seeder is not null)
            {
                await seeder.SeedAsync(db, ct);
            }
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database for {Context} not ready (attempt {Attempt}, {Error}); retrying")]
    private partial void LogRetry(string context, int attempt, string error);
}
