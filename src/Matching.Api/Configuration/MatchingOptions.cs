namespace SocialPrescribing.Matching.Configuration;

/// <summary>Tuning of the matcher's background work (<c>Matching:*</c>).</summary>
public sealed class MatchingOptions
{
    /// <summary>How long to wait after a change of candidates before rebuilding, so a burst of events costs one rebuild (a change of referral profiles alone is read in at once).</summary>
    public TimeSpan RebuildDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long to wait before trying again after a failed rebuild or catch-up.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many activities and how many volunteers are proposed for each referral.</summary>
    public int ProposedPerKind { get; set; } = 5;

    /// <summary>Page size when catching up from the other services' gRPC snapshots.</summary>
    public int CatchUpPageSize { get; set; } = 200;
}
