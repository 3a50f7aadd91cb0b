using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>Marks a resource to be started again when it exits without being asked to.</summary>
public sealed class RestartOnCrashAnnotation : IResourceAnnotation;

public static class RestartOnCrashExtensions
{
    /// <summary>
    /// DCP does not restart an executable that exits on its own: a killed PostgreSQL, RabbitMQ or service is
    /// started again through Aspire's own start command, with back-off (1 s doubling to 30 s).
    /// </summary>
    public static IResourceBuilder<T> RestartOnCrash<T>(this IResourceBuilder<T> builder) where T : IResource
    {
        builder.ApplicationBuilder.WatchResources<CrashRestarter>();
        return builder.WithAnnotation(new RestartOnCrashAnnotation(), ResourceAnnotationMutationBehavior.Replace);
    }
}

internal sealed partial class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    ILogger<CrashRestarter> logger) : IResourceWatcher
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, TimeSpan> _delays = new();

    public async Task WatchAsync(CancellationToken stoppingToken)
    {
        var states = new Dictionary<string, string?>();
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            if (!update.Resource.HasAnnotationOfType<RestartOnCrashAnnotation>())
            {
                continue;
            }
            var state = update.Snapshot.State?.Text;
            states.TryGetValue(update.ResourceId, out var previous);
            states[update.ResourceId] = state;
            if (state == KnownResourceStates.Running && update.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            {
                _delays.TryRemove(update.ResourceId, out _);
            }
            if (IsCrash(previous, state) && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                _ = RestartAsync(update.ResourceId, update.Resource.Name, update.Snapshot.ExitCode, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Ended without passing through Stopping, as a stop someone asked for (dashboard, test, shutdown) does; a resource
    /// that never started (not started, waiting) or had already ended has nothing to restart.
    /// </summary>
    private static bool IsCrash(string? previous, string? state) =>
        IsEnded(state) && previous is not null && !IsEnded(previous)
        && previous != KnownResourceStates.Stopping && previous != KnownResourceStates.NotStarted && previous != KnownResourceStates.Waiting;

    private static bool IsEnded(string? state) =>
        state == KnownResourceStates.Exited || state == KnownResourceStates.Finished || state == KnownResourceStates.FailedToStart;

    private async Task RestartAsync(string resourceId, string name, int? exitCode, CancellationToken stoppingToken)
    {
        var delay = _delays.AddOrUpdate(resourceId, FirstDelay, (_, last) => TimeSpan.FromTicks(Math.Min(last.Ticks * 2, LongestDelay.Ticks)));
        LogRestarting(name, exitCode, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                LogRestartFailed(name, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: nothing to restart.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} exited on its own (code {ExitCode}); starting it again in {Seconds} s")]
    private partial void LogRestarting(string resource, int? exitCode, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Resource} could not be started again: {Reason}")]
    private partial void LogRestartFailed(string resource, string? reason);
}
