using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>Follows the resources' state changes for as long as the application runs.</summary>
public interface IResourceWatcher
{
    Task WatchAsync(CancellationToken stoppingToken);
}

public static class ResourceWatchers
{
    /// <summary>
    /// Starts the watcher before any resource does: a hosted service would start only once Aspire's orchestrator
    /// has started every resource, missing what happens on the way.
    /// </summary>
    public static IDistributedApplicationBuilder WatchResources<TWatcher>(this IDistributedApplicationBuilder builder)
        where TWatcher : class, IResourceWatcher
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(TWatcher)))
        {
            return builder;
        }
        builder.Services.TryAddSingleton<TWatcher>();
        builder.Eventing.Subscribe<BeforeStartEvent>((e, ct) =>
        {
            var stopping = e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var watcher = e.Services.GetRequiredService<TWatcher>();
            var logger = e.Services.GetRequiredService<ILogger<TWatcher>>();
            _ = Task.Run(async () =>
            {
                try
                {
                    await watcher.WatchAsync(stopping);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    // The application is stopping.
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "{Watcher} stopped following the resources", typeof(TWatcher).Name);
                }
            }, CancellationToken.None);
            return Task.CompletedTask;
        });
        return builder;
    }
}
