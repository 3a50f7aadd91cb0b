using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>
/// What changed in the read models since the last snapshot: the candidates (activities, volunteers) as a whole,
/// and which referrals' profiles. Writers call it after their change has committed; the rebuilder drains it. A
/// change of candidates (or any change another replica made) needs the snapshot rebuilt whole; one of profiles
/// alone is read into the current snapshot.
/// </summary>
/// <remarks>
/// The read models are shared by every replica, each with its own snapshot. A writer also tells the others with
/// <see cref="NotifyReplicasAsync"/> (a PostgreSQL NOTIFY, sent when its transaction commits), and
/// <see cref="ReadModelListener"/> turns their notifications into <see cref="RemoteChanged"/>: a rebuild that
/// proposes nothing, as the replica that made the change proposes (so each change is announced once).
/// </remarks>
public sealed class ReadModelChanges
{
    /// <summary>The PostgreSQL channel the replicas announce their read-model changes on.</summary>
    public const string NotifyChannel = "matching_read_models";

    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<Guid, byte> referrals = new();
    private int candidatesChanged;
    private int remoteChanged;

    public void CandidatesChanged()
    {
        Interlocked.Exchange(ref candidatesChanged, 1);
        wake.Writer.TryWrite(true);
    }

    public void ProfileChanged(Guid referralId)
    {
        referrals[referralId] = 0;
        wake.Writer.TryWrite(true);
    }

    /// <summary>Another replica changed the read models: rebuild the snapshot, propose nothing.</summary>
    public void RemoteChanged()
    {
        Interlocked.Exchange(ref remoteChanged, 1);
        wake.Writer.TryWrite(true);
    }

    /// <summary>Whether a change waiting to be drained needs the snapshot rebuilt whole.</summary>
    internal bool RebuildRequested => Volatile.Read(ref candidatesChanged) == 1 || RemoteRequested;

    /// <summary>Whether another replica's change waits to be drained.</summary>
    internal bool RemoteRequested => Volatile.Read(ref remoteChanged) == 1;

    /// <summary>Whether referrals' profiles changed here since they were last drained.</summary>
    internal bool ProfilesChanged => !referrals.IsEmpty;

    /// <summary>This replica, among those sharing the database; notifications carry it so a replica ignores its own.</summary>
    public string ReplicaId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Tells the other replicas that the read models changed (<paramref name="what"/> is for their logs). Inside a
    /// transaction it is sent only if and when that commits; outside one, at once.
    /// </summary>
    public async Task NotifyReplicasAsync(MatchingContext db, string what, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({NotifyChannel}, {ReplicaId + " " + what})", cancellationToken);

    /// <summary>Whether a notification's payload came from this replica.</summary>
    internal bool IsOwn(string payload) => payload.StartsWith(ReplicaId + " ", StringComparison.Ordinal);

    internal async Task WaitAsync(CancellationToken cancellationToken) => await wake.Reader.ReadAsync(cancellationToken);

    internal PendingChanges Drain()
    {
        var candidates = Interlocked.Exchange(ref candidatesChanged, 0) == 1;
        var remote = Interlocked.Exchange(ref remoteChanged, 0) == 1;
        return new PendingChanges(candidates, remote, DrainProfiles().Referrals);
    }

    /// <summary>The referrals whose profiles changed, leaving any change of candidates for the rebuild.</summary>
    internal PendingChanges DrainProfiles()
    {
        var changed = new List<Guid>();
        foreach (var id in referrals.Keys)
        {
            if (referrals.TryRemove(id, out _))
            {
                changed.Add(id);
            }
        }
        return new PendingChanges(false, false, changed);
    }

    /// <summary>Puts drained changes back after a failed rebuild, so the next attempt covers them.</summary>
    internal void Restore(PendingChanges pending)
    {
        wake.Writer.TryWrite(true);
        foreach (var id in pending.Referrals)
        {
            ProfileChanged(id);
        }
        if (pending.Candidates)
        {
            CandidatesChanged();
        }
        if (pending.Remote)
        {
            RemoteChanged();
        }
    }
}

/// <param name="Candidates">Activities or volunteers changed here: everyone's suggestions are recomputed.</param>
/// <param name="Remote">Another replica changed the read models: this one rebuilds, and proposes nothing for it.</param>
/// <param name="Referrals">Referrals whose profiles changed here.</param>
internal sealed record PendingChanges(bool Candidates, bool Remote, IReadOnlyList<Guid> Referrals)
{
    public bool NeedsRebuild => Candidates || Remote;
}
