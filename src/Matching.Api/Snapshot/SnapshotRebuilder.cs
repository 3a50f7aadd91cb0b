using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialPrescribing.Matching.Suggestions;
using SocialPrescribing.ServiceData;

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
    /// <summary>The PostgreSQL advisory lock that orders the replicas' rebuild-and-propose cycles.</summary>
    private const long ProposalLock = 0x5350_4D41_5443_48; // "SPMATCH"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first build covers everyone, as a restarted replica may have missed announcements.
        changes.CandidatesChanged();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            await changes.WaitAsync(stoppingToken);
            await Task.Delay(options.Value.RebuildDebounce, time, stoppingToken);
            var pending = changes.Drain();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();
                // Replicas build and propose one at a time, each reading the read models only once it holds the lock:
                // the last proposal stored for a referral is then always one made from everything committed before it.
                await db.InTransactionAsync(async (transaction, ct) =>
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ProposalLock})", ct);
                    var snapshot = await scope.ServiceProvider.GetRequiredService<SnapshotBuilder>().BuildAsync(ct);
                    var referrals = pending.Candidates ? snapshot.Profiles.Keys.ToList() : pending.Referrals;
                    await scope.ServiceProvider.GetRequiredService<MatchProposer>().ProposeAsync(snapshot, referrals, ct);
                    await transaction.CommitAsync(ct);
                    holder.Publish(snapshot);
                }, stoppingToken);
                failures = 0;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or a token may be unavailable for a while: one line per attempt, the detail at Debug.
                var delay = BackOff.Delay(options.Value.RetryDelay, ++failures);
                LogFailed(failures, BackOff.Describe(ex), delay);
                LogFailedDetail(ex);
                changes.Restore(pending);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the matching snapshot failed (attempt {Attempt}: {Error}); keeping the previous one and retrying in {Delay}")]
    private partial void LogFailed(int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rebuilding the matching snapshot failed")]
    private partial void LogFailedDetail(Exception exception);
}
