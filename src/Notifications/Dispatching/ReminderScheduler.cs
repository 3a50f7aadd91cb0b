using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialPrescribing.Notifications.Dispatching;

/// <summary>
/// Wakes at most once a minute: lets each <see cref="IReminderRule"/> record what is due, then sends what is pending.
/// </summary>
public sealed partial class ReminderScheduler<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<NotificationOptions> options,
    ILogger<ReminderScheduler<TContext>> logger) : BackgroundService where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval < NotificationOptions.MinimumInterval ? NotificationOptions.MinimumInterval : options.Value.Interval;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(scopes, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be restarting, or a replica recorded the same reminder first: the next tick catches up.
                LogFailed(e.GetType().Name);
            }
        }
    }

    /// <returns>How many were sent.</returns>
    public static async Task<int> RunOnceAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var rule in scope.ServiceProvider.GetServices<IReminderRule>())
        {
            await rule.RecordDueAsync(cancellationToken);
        }
        return await scope.ServiceProvider.GetRequiredService<NotificationDispatcher<TContext>>().RunOnceAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminders run failed ({Error}); it runs again at the next tick")]
    private partial void LogFailed(string error);
}
