namespace SocialPrescribing.Matching.Domain.Profiles;

/// <summary>What the matcher knows about a referred person, taken from the referral and the "what matters" conversation.</summary>
public sealed record PersonProfile
{
    public required Guid ReferralId { get; init; }

    /// <summary>The link workers' team the referral belongs to: only they may ask about it. Null until known.</summary>
    public Guid? TeamId { get; init; }

    /// <summary>Needs and interests as taxonomy term ids (e.g. "loneliness", "walking").</summary>
    public IReadOnlyList<string> NeedTermIds { get; init; } = [];

    /// <summary>Where the person lives or would travel from; required for any suggestion.</summary>
    public GeoPoint? Location { get; init; }

    /// <summary>Postcode district (e.g. "B23"), used for area served and for the deprivation table.</summary>
    public string? PostcodeDistrict { get; init; }

    /// <summary>How far the person will travel, in kilometres; when they gave no limit, how far the matcher looks.</summary>
    public double MaxTravelKm { get; init; } = 5;

    /// <summary>False when the record holds no travel limit, so <see cref="MaxTravelKm"/> is only the matcher's search radius.</summary>
    public bool TravelLimitRecorded { get; init; } = true;

    /// <summary>Activities and volunteers the person already has, or had, a connection to (on any referral): never suggested again.</summary>
    public IReadOnlyList<Guid> ConnectedCandidateIds { get; init; } = [];

    public IReadOnlyList<TimeSlot> FreeTimes { get; init; } = [];

    /// <summary>Languages the person speaks, preferred first (lower-case codes, e.g. "en", "pa", "bsl").</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>An interpreter has been arranged for the person, so a shared language is not needed.</summary>
    public bool InterpreterArranged { get; init; }

    /// <summary>Accessibility needs as codes, e.g. "step-free", "hearing-loop", "quiet-space".</summary>
    public IReadOnlyList<string> AccessibilityNeeds { get; init; } = [];

    /// <summary>Groups the person belongs to for eligibility, e.g. "carer", "veteran".</summary>
    public IReadOnlyList<string> EligibilityGroups { get; init; } = [];

    public required int Age { get; init; }

    /// <summary>Most the person can pay per session, in pounds; 0 means free activities only.</summary>
    public decimal MaxCostPerSession { get; init; }

    /// <summary>IMD decile of the person's area (1 most deprived .. 10 least); when null the deprivation table is used.</summary>
    public int? DeprivationDecile { get; init; }

    public required DateTimeOffset WaitingSince { get; init; }

    /// <summary>Volunteer role wanted when matching to volunteers, e.g. "befriender".</summary>
    public string VolunteerRole { get; init; } = "befriender";

    /// <summary>The person can only be seen at home (a volunteer must do home visits).</summary>
    public bool NeedsHomeVisit { get; init; }

    /// <summary>Gender the person would like their volunteer to be, if they said.</summary>
    public string? PreferredVolunteerGender { get; init; }
}
