namespace SocialPrescribing.Contracts.Http.Referrals;

// A referral as the referrals service answers it. Enum values travel kebab-case ("received", "gp-practice"); the enums
// belong to its domain, which does not depend on this project, so they are strings here.

public sealed record Referral(
    Guid Id,
    Guid PersonId,
    Guid TeamId,
    string Source,
    Referrer? Referrer,
    string Reason,
    string Urgency,
    bool SafeguardingConcern,
    string? SafeguardingNote,
    string SnomedCode,
    string ReceivedBy,
    DateTimeOffset ReceivedAt,
    string Status,
    IReadOnlyList<ReferralTransition> History,
    string? ClosureReason,
    string? Outcome,
    string? ClosureSummary,
    string Reminders,
    Guid? LinkWorkerId,
    IReadOnlyList<ConversationNote> Notes,
    IReadOnlyList<string> NeedTermIds,
    IReadOnlyList<string> InterestTermIds,
    IReadOnlyList<FreeTime> Availability,
    TravelPreferences? Travel,
    CarePlan? Plan,
    uint Version);

public sealed record Referrer(string Name, string? Organisation, string? OrganisationCode, string? Contact);

/// <summary>One step of the referral's lifecycle: who, when and why.</summary>
public sealed record ReferralTransition(string From, string To, string ActorId, DateTimeOffset At, string Reason, string? ClosureReason, string? Triage = null);

public sealed record ConversationNote(string Text, string WrittenBy, DateTimeOffset WrittenAt);

/// <param name="Day">ISO day, 1 = Monday … 7 = Sunday.</param>
/// <param name="Start">Local (UK) time the person is free from.</param>
public sealed record FreeTime(int Day, TimeOnly Start, TimeOnly End);

/// <param name="MaxKm">How far the person can travel; null when they gave no limit.</param>
/// <param name="Modes">How they can travel, e.g. "walk", "bus", "lift from family".</param>
public sealed record TravelPreferences(double? MaxKm, IReadOnlyList<string>? Modes);

public sealed record PlanAction(string Description, string? Owner, DateOnly? DueOn);

public sealed record PlanGoal(string Description, IReadOnlyList<PlanAction> Actions, DateOnly? ReviewOn);

/// <summary>The personalised care and support plan agreed with the person.</summary>
public sealed record CarePlan(IReadOnlyList<PlanGoal> Goals, DateOnly ReviewOn, string AgreedBy, DateTimeOffset AgreedAt);
