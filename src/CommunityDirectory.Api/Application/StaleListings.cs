using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>Finds published listings nobody has confirmed for six months and tells their organisations, once per lapse.</summary>
public sealed class StaleListings(DirectoryContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    private const int BatchSize = 200;

    /// <summary>Flags one batch; returns how many were flagged (fewer than the batch size means done).</summary>
    public async Task<int> FlagBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var staleBefore = ListingFreshness.StaleBefore(now);
        var stale = await db.Activities.AsSplitQuery()
            .Where(a => a.Status == ActivityStatus.Published && a.StaleFlaggedAt == null && a.LastCheckedAt < staleBefore)
            .OrderBy(a => a.LastCheckedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var activity in stale.Where(a => a.FlagStale(now)))
        {
            outbox.Add(new ActivityListingStaleIntegrationEvent(activity.Id, activity.OrganisationId, activity.Name, activity.LastCheckedAt, now));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A group edited one of these meanwhile (which checks it): the next round decides again.
            return 0;
        }
        return stale.Count;
    }
}

public sealed class StaleListingOptions
{
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Runs <see cref="StaleListings"/> now and then; replicas may overlap harmlessly, the row version settles it.</summary>
public sealed partial class StaleListingMonitor(IServiceScopeFactory scopes, IOptions<StaleListingOptions> options, TimeProvider time, ILogger<StaleListingMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int flagged;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    flagged = await scope.ServiceProvider.GetRequiredService<StaleListings>().FlagBatchAsync(stoppingToken);
                }
                while (flagged > 0 && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex.GetType().Name);
            }
            await Task.Delay(options.Value.CheckInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale-listing check failed ({Error}); it runs again at the next interval")]
    private partial void LogFailed(string error);
}
