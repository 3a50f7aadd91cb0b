namespace SocialPrescribing.Matching.Domain.Profiles;

/// <summary>A volunteer who could be matched to a person (befriending, peer support, driving...).</summary>
public sealed record VolunteerCandidate
{
    public required Guid Id { get; init; }
    public string Name { get; init; } = "";

    /// <summary>Roles the volunteer takes on, e.g. "befriender", "driver".</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    public required GeoPoint Location { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<TimeSlot> Availability { get; init; } = [];

    /// <summary>Interests and skills as taxonomy term ids.</summary>
    public IReadOnlyList<string> InterestTermIds { get; init; } = [];

    public DbsCheck? Dbs { get; init; }
    public IReadOnlyList<TrainingRecord> Trainings { get; init; } = [];
    public int CurrentCaseload { get; init; }
    public int CaseloadLimit { get; init; }

    /// <summary>Furthest the volunteer will travel, in kilometres; null for no limit of their own.</summary>
    public double? MaxTravelKm { get; init; }

    public bool WillDoHomeVisits { get; init; } = true;
    public string? Gender { get; init; }
}

/// <summary>Disclosure and Barring Service check levels, weakest first.</summary>
public enum DbsLevel
{
    Basic,
    Standard,
    Enhanced,
    EnhancedWithBarredLists,
}

/// <summary>A DBS check and the date after which the organisation no longer accepts it.</summary>
public sealed record DbsCheck(DbsLevel Level, DateOnly ValidUntil);

/// <summary>A completed training course (code, e.g. "safeguarding-adults") and when it needs renewing; null for never.</summary>
public sealed record TrainingRecord(string Code, DateOnly? ValidUntil);
