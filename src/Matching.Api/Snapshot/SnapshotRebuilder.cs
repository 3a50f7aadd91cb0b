using Microsoft.Extensions.Options;
using SocialPrescribing.Matching.Suggestions;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>
/// Builds the first snapshot at start, then a new one whenever the read models change, waiting
/// <see cref="MatchingOptions.RebuildDebounce"/> after a change so a burst of events costs one rebuild.
/// After each swap the affected referrals' suggestions are recomputed and announced.
/// </summary>
internal sealed partial class SnapshotRebuilder(
    IServiceScopeFactory scopes,
    ReadModelChanges changes,
    MatchingSnapshotHolder holder,
    IOptions<MatchingOptions> options,
    TimeProvider time,
    ILogger<SnapshotRebuilder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first build covers everyone, as a restarted replica may have missed announcements.
        changes.CandidatesChanged();
        while (!stoppingToken.IsCancellationRequested)
        {
            await changes.WaitAsync(stoppingToken);
            await Task.Delay(options.Value.RebuildDebounce, time, stoppingToken);
            var pending = changes.Drain();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var snapshot = await scope.ServiceProvider.GetRequiredService<SnapshotBuilder>().BuildAsync(stoppingToken);
                holder.Publish(snapshot);
                var referrals = pending.Candidates ? snapshot.Profiles.Keys.ToList() : pending.Referrals;
                await scope.ServiceProvider.GetRequiredService<MatchProposer>().ProposeAsync(snapshot, referrals, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
                changes.Restore(pending);
                await Task.Delay(options.Value.RetryDelay, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the matching snapshot failed; keeping the previous one and retrying")]
    private partial void LogFailed(Exception exception);
}
