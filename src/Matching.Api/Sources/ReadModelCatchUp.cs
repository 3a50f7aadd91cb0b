using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialPrescribing.Matching.Configuration;
using SocialPrescribing.Matching.Snapshot;

namespace SocialPrescribing.Matching.Sources;

/// <summary>
/// Catches a new replica or a wiped database up from the other services' gRPC snapshots: every published activity
/// and every open referral's profile once per database (recorded in <see cref="CatchUpRecord"/>), and the
/// available volunteers at start and after each volunteer event. Retries until the other service answers;
/// events that arrive meanwhile are applied as usual.
/// </summary>
internal sealed partial class ReadModelCatchUp(
    IServiceScopeFactory scopes,
    VolunteerSyncRequests volunteerSync,
    ReadModelChanges changes,
    CatchUpProgress progress,
    IOptions<MatchingOptions> options,
    TimeProvider time,
    ILogger<ReadModelCatchUp> logger) : BackgroundService
{
    // Each source is followed on its own, so one service being down does not hold up the other.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            RetryAsync("activities", CatchUpActivitiesAsync, stoppingToken),
            RetryAsync("referral profiles", CatchUpProfilesAsync, stoppingToken),
            FollowVolunteersAsync(stoppingToken));

    private async Task FollowVolunteersAsync(CancellationToken stoppingToken)
    {
        await volunteerSync.Request();
        while (!stoppingToken.IsCancellationRequested)
        {
            await volunteerSync.WaitAsync(stoppingToken);
            await Task.Delay(options.Value.RebuildDebounce, time, stoppingToken);
            await RetryAsync("volunteers", SyncVolunteersAsync, stoppingToken);
        }
    }

    private Task CatchUpActivitiesAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CatchUpOnceAsync(services, CatchUpRecord.Activities, "published activities", progress.ActivitiesCaughtUp,
            pageSize => services.GetRequiredService<ActivityStore>().CatchUpAsync(pageSize, cancellationToken), cancellationToken);

    private Task CatchUpProfilesAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CatchUpOnceAsync(services, CatchUpRecord.Profiles, "open referral profiles", progress.ProfilesCaughtUp,
            pageSize => services.GetRequiredService<ProfileStore>().CatchUpAsync(pageSize, cancellationToken), cancellationToken);

    /// <summary>Reads the owning service's whole snapshot into a read model, unless this database has done so before.</summary>
    private async Task CatchUpOnceAsync(IServiceProvider services, string source, string what, Action caughtUp, Func<int, Task<int>> catchUp, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MatchingContext>();
        if (!await db.CatchUps.AnyAsync(c => c.Source == source, cancellationToken))
        {
            var count = await catchUp(options.Value.CatchUpPageSize);
            db.CatchUps.Add(new CatchUpRecord { Source = source, Count = count, CompletedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            LogCaughtUp(count, what);
            await changes.NotifyReplicasAsync(db, what, cancellationToken);
        }
        // Proposals wait for every source, so the last one to be caught up asks for everyone's.
        caughtUp();
        changes.CandidatesChanged();
    }

    private async Task SyncVolunteersAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var count = await services.GetRequiredService<VolunteerStore>().SyncAsync(options.Value.CatchUpPageSize, cancellationToken);
        LogCaughtUp(count, "available volunteers");
        await CandidatesChangedAsync(services, "available volunteers", cancellationToken);
    }

    /// <summary>This replica proposes from the caught-up read model; the others rebuild from it.</summary>
    private async Task CandidatesChangedAsync(IServiceProvider services, string what, CancellationToken cancellationToken)
    {
        await changes.NotifyReplicasAsync(services.GetRequiredService<MatchingContext>(), what, cancellationToken);
        changes.CandidatesChanged();
    }

    private async Task RetryAsync(string what, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(scope.ServiceProvider, stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Expected while the owning service or identity is still starting: one line, no stack trace.
                var delay = BackOff.Delay(options.Value.RetryDelay, attempt);
                LogRetry(what, attempt, BackOff.Describe(ex), delay);
                LogRetryDetail(ex, what);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Caught up {Count} {What} from the owning service's snapshot")]
    private partial void LogCaughtUp(int count, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catching up {What} failed (attempt {Attempt}: {Error}); retrying in {Delay}")]
    private partial void LogRetry(string what, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Catching up {What} failed")]
    private partial void LogRetryDetail(Exception exception, string what);
}
