using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialPrescribing.Matching.Sources;
using SocialPrescribing.Matching.Suggestions;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>
/// Builds the first snapshot at start, then a new one whenever the candidates change (here or at another replica),
/// waiting <see cref="MatchingOptions.RebuildDebounce"/> after such a change so a burst of events costs one rebuild.
/// A change of referral profiles alone is read into the current snapshot at once, without a rebuild; referrals
/// that change while one cycle runs are taken together by the next. After each swap the affected referrals'
/// suggestions are recomputed and announced.
/// </summary>
internal sealed partial class SnapshotRebuilder(
    IServiceScopeFactory scopes,
    ReadModelChanges changes,
    MatchingSnapshotHolder holder,
    CatchUpProgress catchUp,
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
        DateTimeOffset? rebuildAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            await WaitForChangeAsync(rebuildAt, stoppingToken);
            rebuildAt = changes.RebuildRequested || holder.Current is null ? rebuildAt ?? time.GetUtcNow() + options.Value.RebuildDebounce : null;
            PendingChanges pending;
            if (rebuildAt <= time.GetUtcNow())
            {
                rebuildAt = null;
                pending = changes.Drain();
            }
            else if (holder.Current is not null && changes.ProfilesChanged)
            {
                // Profiles alone need no rebuild and no wait, even while a rebuild is due: that rebuild proposes again.
                pending = changes.DrainProfiles();
            }
            else
            {
                continue;
            }
            try
            {
                await RunCycleAsync(pending, stoppingToken);
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

    /// <summary>Waits for a change, or until a due rebuild's time comes.</summary>
    private async Task WaitForChangeAsync(DateTimeOffset? rebuildAt, CancellationToken stoppingToken)
    {
        if (rebuildAt is not { } due)
        {
            await changes.WaitAsync(stoppingToken);
            return;
        }
        var left = due - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            return;
        }
        using var timeout = new CancellationTokenSource(left, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await changes.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The rebuild is due.
        }
    }

    /// <summary>Builds or updates the snapshot, proposes for the referrals it concerns, and swaps it in.</summary>
    private async Task RunCycleAsync(PendingChanges pending, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingContext>();
        // Replicas build and propose one at a time, each reading the read models only once it holds the lock:
        // the last proposal stored for a referral is then always one made from everything committed before it.
        // Read before the snapshot is: a catch-up that ends during the build asks for the next cycle itself.
        var caughtUp = catchUp.IsComplete;
        await db.InTransactionAsync(async (transaction, ct) =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ProposalLock})", ct);
            // Another replica's change heard by now may be one of candidates, which it has proposed from: a proposal
            // stored after it must include it, so the snapshot is rebuilt. (One of this replica's own is proposed from
            // by the rebuild it has made due.)
            var full = pending.NeedsRebuild || changes.RemoteRequested;
            var builder = scope.ServiceProvider.GetRequiredService<SnapshotBuilder>();
            var snapshot = full || holder.Current is not { } current
                ? await builder.BuildAsync(ct)
                : await builder.UpdateProfilesAsync(current, pending.Referrals, ct);
            // A new replica proposes nothing until caught up; the catch-up's own change then proposes for everyone.
            if (caughtUp)
            {
                var referrals = pending.Candidates ? snapshot.Profiles.Keys.ToList() : pending.Referrals;
                await scope.ServiceProvider.GetRequiredService<MatchProposer>().ProposeAsync(snapshot, referrals, ct);
            }
            await transaction.CommitAsync(ct);
            holder.Publish(snapshot);
        }, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rebuilding the matching snapshot failed (attempt {Attempt}: {Error}); keeping the previous one and retrying in {Delay}")]
    private partial void LogFailed(int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rebuilding the matching snapshot failed")]
    private partial void LogFailedDetail(Exception exception);
}
