using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Contracts.Http.Referrals;

// What a link worker's forms send about a referral (referrals' /api/people/{id}/referrals and /api/referrals/{id}/...).
// Enum values are strings as the service spells them (kebab-case): the enums belong to its domain.

public sealed record ReferrerRequest(string? Name, string? Organisation, string? OrganisationCode, string? Contact);

/// <param name="Source">"gp-practice", "self-referral", "hospital", "council", "vcse" or "other".</param>
/// <param name="Urgency">"routine", "soon" or "urgent".</param>
/// <param name="ServiceConsent">How the person agreed to the service ("verbal", "written", "online"), when the link worker recorded it now.</param>
public sealed record ReferralRequest(
    string? Source,
    ReferrerRequest? Referrer,
    [StringLength(TextLimits.Long)] string? Reason,
    string? Urgency,
    bool SafeguardingConcern,
    string? SafeguardingNote,
    string? SnomedCode = null,
    string? ServiceConsent = null);

/// <param name="Status">The step to move to, e.g. "contacted", "assessed", "connecting", "follow-up".</param>
public sealed record StatusRequest(string? Status, [StringLength(TextLimits.Reason)] string? Reason);

/// <param name="Outcome">"safe-to-proceed" or "urgent-concern-escalated".</param>
public sealed record TriageRequest(string? Outcome, [StringLength(TextLimits.Reason)] string? Note);

/// <param name="ClosureReason">"completed", "declined-by-person", "unable-to-contact", "moved" or "other".</param>
public sealed record CloseRequest(string? ClosureReason, [StringLength(TextLimits.Outcome)] string? Outcome, [StringLength(TextLimits.Long)] string? Summary);

public sealed record NoteRequest([StringLength(TextLimits.Long)] string? Text);

/// <summary>What the "what matters" conversation found: needs, interests (the directory's taxonomy term ids), free times and travel.</summary>
public sealed record NeedsRequest(
    IReadOnlyList<string>? NeedTermIds,
    IReadOnlyList<string>? InterestTermIds,
    IReadOnlyList<FreeTime>? Availability,
    TravelPreferences? Travel);

public sealed record PlanGoalRequest([StringLength(TextLimits.Goal)] string? Description, IReadOnlyList<PlanAction>? Actions, DateOnly? ReviewOn);

/// <summary>The personalised care and support plan: goals, each with actions, and when to review it.</summary>
public sealed record PlanRequest(IReadOnlyList<PlanGoalRequest>? Goals, DateOnly? ReviewOn);

/// <summary>The four ONS4 answers (0–10), null where the person preferred not to say.</summary>
public sealed record Ons4Request(int? LifeSatisfaction, int? Worthwhile, int? Happiness, int? Anxiety);

/// <param name="Point">"baseline", "follow-up" or "exit".</param>
/// <param name="Swemwbs">The seven SWEMWBS answers (1–5) in the scale's order, null where the person preferred not to say.</param>
public sealed record MeasurementRequest(string? Point, DateTimeOffset? TakenAt, Ons4Request? Ons4, IReadOnlyList<int?>? Swemwbs);

/// <summary>How the person wants reminders: "email", "text" or "none"; a link worker's digest: "email" or "none".</summary>
public sealed record ReminderPreferenceRequest(string? Preference);
