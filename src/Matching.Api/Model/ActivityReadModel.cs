namespace SocialPrescribing.Matching.Model;

/// <summary>The matcher's copy of a published activity, kept current from directory events.</summary>
public sealed class ActivityReadModel
{
    public Guid ActivityId { get; init; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
