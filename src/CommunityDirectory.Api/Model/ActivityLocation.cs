namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>An activity offered at a location (HSDS "service_at_location").</summary>
public sealed class ActivityLocation
{
    public Guid Id { get; init; }
    public Guid ActivityId { get; init; }
    public Guid LocationId { get; init; }
    public Location? Location { get; init; }
}
