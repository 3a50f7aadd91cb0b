namespace SocialPrescribing.Web.Services;

// What the pages send to the referrals service, field names as its JSON expects.

public sealed record ContactSubmission(string Preferred, string? Phone, string? Mobile, string? Email, string? Address);

public sealed record PersonSubmission(
    string? GivenName,
    string? FamilyName,
    string? PreferredName,
    DateOnly? DateOfBirth,
    string? NhsNumber,
    ContactSubmission Contact,
    string? Postcode,
    string? FirstLanguage,
    bool NeedsInterpreter,
    IReadOnlyList<string> AccessibilityNeeds,
    string? AccessibilityNote,
    bool IsCarer,
    bool IsCaredFor,
    string? Ethnicity,
    string? Sex,
    string? Disability);

public sealed record ReferrerSubmission(string? Name, string? Organisation, string? OrganisationCode, string? Contact);

public sealed record ReferralSubmission(
    string Source,
    ReferrerSubmission? Referrer,
    string? Reason,
    string Urgency,
    bool SafeguardingConcern,
    string? SafeguardingNote,
    string? ServiceConsent);

public sealed record NeedsSubmission(IReadOnlyList<string> NeedTermIds, IReadOnlyList<string> InterestTermIds, IReadOnlyList<FreeTime> Availability, TravelPreferences? Travel);

public sealed record PlanSubmission(IReadOnlyList<PlanGoal> Goals, DateOnly? ReviewOn);

/// <summary>Null where the person preferred not to say.</summary>
public sealed record Ons4Submission(int? LifeSatisfaction, int? Worthwhile, int? Happiness, int? Anxiety);

/// <param name="Swemwbs">Seven answers, null where the person preferred not to say.</param>
public sealed record MeasurementSubmission(string Point, Ons4Submission? Ons4, IReadOnlyList<int?>? Swemwbs);

/// <param name="VolunteerName">The name the link worker chose a volunteer under; the service names an activity itself.</param>
public sealed record ConnectionSubmission(string TargetKind, Guid TargetId, Guid ProviderId, bool Request, string? VolunteerName = null);

public sealed record ClosureSubmission(string ClosureReason, string? Outcome, string? Summary);
