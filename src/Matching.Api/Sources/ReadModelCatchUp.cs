using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialPrescribing.Matching.Configuration;
using SocialPrescribing.Matching.Snapshot;

namespace SocialPrescribing.Matching.Sources;

/// <summary>
/// Catches a new replica or a wiped database up from the other services' gRPC snapshots: every published activity
/// when the activities read model is empty, every open referral's profile when the profiles read model is empty,
/// and the available volunteers at start and after each volunteer event. Retries until the other service answers;
/// events that arrive meanwhile are applied as usual.
/// </summary>
internal sealed partial class ReadModelCatchUp(
    IServiceScopeFactory scopes,
    VolunteerSyncRequests volunteerSync,
    ReadModelChanges changes,
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
        CatchUpWhenEmptyAsync(services, services.GetRequiredService<MatchingContext>().Activities, "published activities",
            pageSize => services.GetRequiredService<ActivityStore>().CatchUpAsync(pageSize, cancellationToken), cancellationToken);

    private Task CatchUpProfilesAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        CatchUpWhenEmptyAsync(services, services.GetRequiredService<MatchingContext>().Profiles, "open referral profiles",
            pageSize => services.GetRequiredService<ProfileStore>().CatchUpAsync(pageSize, cancellationToken), cancellationToken);

    /// <summary>Reads the owning service's whole snapshot into a read model that is empty (a new replica or a wiped database).</summary>
    private async Task CatchUpWhenEmptyAsync<TRow>(IServiceProvider services, IQueryable<TRow> readModel, string what, Func<int, Task<int>> catchUp, CancellationToken cancellationToken)
    {
        if (await readModel.AnyAsync(cancellationToken))
        {
            return;
        }
        LogCaughtUp(await catchUp(options.Value.CatchUpPageSize), what);
        await CandidatesChangedAsync(services, what, cancellationToken);
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
