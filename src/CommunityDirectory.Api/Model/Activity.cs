namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>Something a VCSE organisation offers (an HSDS "service").</summary>
public sealed class Activity
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public ActivityStatus Status { get; private set; } = ActivityStatus.Draft;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ModifiedAt { get; private set; }

    /// <summary>Makes the activity visible; returns false when it already was.</summary>
    public bool Publish(DateTimeOffset at)
    {
        if (Status == ActivityStatus.Published)
        {
            return false;
        }
        Status = ActivityStatus.Published;
        ModifiedAt = at;
        return true;
    }
}

public enum ActivityStatus
{
    Draft,
    Published,
    Withdrawn,
}
