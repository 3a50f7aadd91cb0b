namespace SocialPrescribing.Matching.Model;

/// <summary>
/// That a read model has been read whole from its owning service's snapshot. Kept as a row rather than inferred
/// from the read model having rows: an event heard before the catch-up would otherwise make it look done.
/// </summary>
public sealed class CatchUpRecord
{
    public const string Activities = "activities", Profiles = "referral-profiles";

    public required string Source { get; init; }
    public int Count { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
}
