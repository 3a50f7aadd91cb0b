namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>
/// A place held on an activity for one connection. The connection id is the hold's id, so a retried
/// hold or release finds its earlier attempt instead of taking a second place. The hold belongs to
/// the service that took it, acting for the connection's team: only that owner gives it back.
/// </summary>
public sealed class PlaceHold
{
    public Guid ConnectionId { get; init; }
    public Guid ActivityId { get; init; }
    public Guid TeamId { get; init; }

    /// <summary>The calling service's client id (the token's subject).</summary>
    public required string HeldBy { get; init; }

    public DateTimeOffset HeldAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; set; }

    public bool IsOwnedBy(HoldOwner owner) => TeamId == owner.TeamId && HeldBy == owner.Service;
}

/// <summary>Who holds a place: one of our services, for one link-worker team's connection.</summary>
public sealed record HoldOwner(string Service, Guid TeamId);
