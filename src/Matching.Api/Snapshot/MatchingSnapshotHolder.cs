namespace SocialPrescribing.Matching.Snapshot;

/// <summary>Holds the current snapshot; a rebuild swaps in a new one in a single reference write.</summary>
public sealed class MatchingSnapshotHolder
{
    private MatchingSnapshot? current;

    /// <summary>The current snapshot, or null before the first one is built at start-up.</summary>
    public MatchingSnapshot? Current => Volatile.Read(ref current);

    public void Publish(MatchingSnapshot snapshot) => Volatile.Write(ref current, snapshot);
}
