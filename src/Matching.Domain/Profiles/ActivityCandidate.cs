namespace SocialPrescribing.Matching.Domain.Profiles;

/// <summary>An activity offered by a VCSE organisation, as the directory publishes it.</summary>
public sealed record ActivityCandidate
{
    public required Guid Id { get; init; }
    public required Guid OrganisationId { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyList<string> TaxonomyTermIds { get; init; } = [];
    public required GeoPoint Location { get; init; }
    public IReadOnlyList<TimeSlot> Sessions { get; init; } = [];

    /// <summary>Languages the sessions are run in; empty means English only.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public bool InterpreterAvailable { get; init; }
    public IReadOnlyList<string> AccessibilityFeatures { get; init; } = [];
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }

    /// <summary>If not empty, only people in at least one of these groups may join.</summary>
    public IReadOnlyList<string> EligibilityGroups { get; init; } = [];

    /// <summary>If not empty, only people living in these postcode districts are served.</summary>
    public IReadOnlyList<string> AreaServedDistricts { get; init; } = [];

    public decimal CostPerSession { get; init; }
    public int FreePlaces { get; init; }

    /// <summary>How the provider has handled connection requests; null for a provider with no record yet.</summary>
    public ProviderRecord? Provider { get; init; }

    /// <summary>What people who attended rated it; null when no one has yet.</summary>
    public PeoplesRatings? Ratings { get; init; }
}

/// <summary>A provider's record with connection requests: shares of requests answered and accepted (0..1), and the median days to answer.</summary>
public sealed record ProviderRecord(double AnswerRate, double AcceptanceRate, double MedianDaysToAnswer);

/// <summary>How many people rated an activity after attending and the sum of their ratings (each 1 to 5).</summary>
public sealed record PeoplesRatings(int Count, int Sum)
{
    public double Mean => (double)Sum / Count;
}
