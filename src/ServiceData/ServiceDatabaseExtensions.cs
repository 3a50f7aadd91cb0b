using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SocialPrescribing.ServiceData;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database through Aspire's Npgsql EF Core client integration
    /// (<c>ConnectionStrings:{connectionName}</c>; pooled DbContext, retries on transient failures, a health
    /// check named after <typeparamref name="TContext"/>, tracing and metrics), and migrations (then the
    /// service's reference data) applied before the service takes traffic. Messaging's <c>AddMessaging</c>
    /// adds the outbox wake-up to the same context; a service without events does without it.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        if (string.IsNullOrEmpty(builder.Configuration.GetConnectionString(connectionName)))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured; start the service through the AppHost or set it.");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddNpgsqlDbContext<TContext>(connectionName, configureSettings: settings => settings.ConnectionString = BoundedPool(settings.ConnectionString), configureDbContextOptions: options =>
            // A failed command, connection, query or save is thrown to the caller, who logs it once: a request's
            // failure with its stack trace (the exception handler), a background loop's retry in one line. EF's
            // own logging of the same exception (with the stack trace, at every retry) is kept for Debug.
            options.ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.ExecutionStrategyRetrying, LogLevel.Debug))));
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }

    /// <summary>
    /// At most <see cref="MaxPoolSize"/> connections a service unless its connection string says otherwise. With
    /// Npgsql's default of 100 a pool each, three busy services could take all of the server's 200 connections
    /// (AppHost's LocalPostgres) and the others would be refused; bounded, eight pools (two replicas of referrals
    /// and matching, as the system tests run) fit. On a few cores more concurrent queries would only queue inside
    /// PostgreSQL, each behind a backend process of its own.
    /// </summary>
    private static string? BoundedPool(string? connectionString)
    {
        if (connectionString is null)
        {
            return null;
        }
        // Npgsql's own builder answers ContainsKey for any keyword it knows, set or not: read the keys as written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (PoolSizeKeywords.Any(written.ContainsKey))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = MaxPoolSize }.ConnectionString;
    }

    public const int MaxPoolSize = 20;

    private static readonly string[] PoolSizeKeywords = ["Maximum Pool Size", "MaxPoolSize"];
}
