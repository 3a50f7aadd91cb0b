using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SocialPrescribing.Messaging.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database through Aspire's Npgsql EF Core client integration
    /// (<c>ConnectionStrings:{connectionName}</c>; pooled DbContext, retries on transient failures, a health
    /// check named after <typeparamref name="TContext"/>, tracing and metrics), and migrations (then the
    /// optional seeder) applied before the service takes traffic. <see cref="MessagingExtensions.AddMessaging{TContext}"/>
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
        builder.AddNpgsqlDbContext<TContext>(connectionName);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
