namespace SocialPrescribing.Matching.Sources;

/// <summary>
/// Whether the read models a new replica starts without (activities, referral profiles) have been read from their
/// owning services. Until both have, a proposal would be made from part of the candidates and announced as if final.
/// </summary>
public sealed class CatchUpProgress
{
    private const int Activities = 1, Profiles = 2;
    private int _caughtUp;

    public bool IsComplete => Volatile.Read(ref _caughtUp) == (Activities | Profiles);

    /// <summary>The activities read model is caught up (or was not empty to begin with); saying so twice is harmless.</summary>
    internal void ActivitiesCaughtUp() => Interlocked.Or(ref _caughtUp, Activities);

    internal void ProfilesCaughtUp() => Interlocked.Or(ref _caughtUp, Profiles);
}
