using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        builder.AddNpgsqlDbContext<TContext>(connectionName, configureDbContextOptions: options =>
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
}
