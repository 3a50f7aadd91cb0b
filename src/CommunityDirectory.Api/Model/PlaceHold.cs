namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>
/// A place held on an activity for one connection. The id is chosen by the caller, so a retried
/// hold or release finds its earlier attempt instead of taking a second place.
/// </summary>
public sealed class PlaceHold
{
    public Guid HoldId { get; init; }
    public Guid ActivityId { get; init; }
    public DateTimeOffset HeldAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; set; }
}
