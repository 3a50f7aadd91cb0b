namespace SocialPrescribing.Matching.Model;

/// <summary>The matcher's copy of a published activity, kept current from directory events and snapshots.</summary>
public sealed class ActivityReadModel
{
    public Guid ActivityId { get; init; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The directory's last change to the activity; an older copy never replaces a newer one.</summary>
    public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>Taxonomy term ids (needs and activity types), e.g. "need-loneliness".</summary>
    public List<string> TermIds { get; set; } = [];

    /// <summary>The first place it runs at; null for an activity with no place (not matched on distance, so never suggested).</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<WeeklySession> Sessions { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> AccessibilityFeatures { get; set; } = [];
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public List<string> AreaServedDistricts { get; set; } = [];
    public decimal CostPerSession { get; set; }

    /// <summary>Null when the activity takes everyone who comes.</summary>
    public int? FreePlaces { get; set; }

    /// <summary>When the last capacity event was applied, so an older one never overwrites it.</summary>
    public DateTimeOffset? CapacityChangedAt { get; set; }
}
