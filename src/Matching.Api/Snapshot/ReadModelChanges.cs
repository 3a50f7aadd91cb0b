using System.Collections.Concurrent;
using System.Threading.Channels;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>
/// What changed in the read models since the last snapshot: the candidates (activities, volunteers) as a whole,
/// and which referrals' profiles. Writers call it after their change has committed; the rebuilder drains it.
/// </summary>
public sealed class ReadModelChanges
{
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<Guid, byte> referrals = new();
    private int candidatesChanged;

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

    internal async Task WaitAsync(CancellationToken cancellationToken) => await wake.Reader.ReadAsync(cancellationToken);

    internal PendingChanges Drain()
    {
        var candidates = Interlocked.Exchange(ref candidatesChanged, 0) == 1;
        var changed = new List<Guid>();
        foreach (var id in referrals.Keys)
        {
            if (referrals.TryRemove(id, out _))
            {
                changed.Add(id);
            }
        }
        return new PendingChanges(candidates, changed);
    }

    /// <summary>Puts drained changes back after a failed rebuild, so the next attempt covers them.</summary>
    internal void Restore(PendingChanges pending)
    {
        foreach (var id in pending.Referrals)
        {
            ProfileChanged(id);
        }
        if (pending.Candidates)
        {
            CandidatesChanged();
        }
    }
}

internal sealed record PendingChanges(bool Candidates, IReadOnlyList<Guid> Referrals);
