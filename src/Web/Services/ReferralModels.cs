namespace SocialPrescribing.Web.Services;

// What the referrals service answers, reduced to what the link worker's pages show. Enums arrive
// spelt as the service's enum names ("Received", "GpPractice"), so they stay strings here.

/// <summary>One open referral on a team's caseload, as the referrals service lists it.</summary>
/// <param name="RequestsAwaitingAnswer">Connection requests sent to providers and not yet answered.</param>
/// <param name="OldestRequestDueBy">The earliest date by which one of those requests should have been answered.</param>
/// <param name="Owner">The account that took the referral.</param>
/// <param name="LastContact">The latest note or status change.</param>
public sealed record CaseloadEntry(
    Guid ReferralId,
    Guid PersonId,
    string PersonName,
    string Status,
    string Urgency,
    bool SafeguardingConcern,
    DateTimeOffset ReceivedAt,
    int RequestsAwaitingAnswer = 0,
    DateOnly? OldestRequestDueBy = null,
    string? Owner = null,
    string? NextAction = null,
    DateOnly? NextActionDueOn = null,
    DateTimeOffset? LastContact = null,
    DateOnly? PlanReviewOn = null,
    bool PlanReviewOverdue = false,
    bool FirstContactOverdue = false,
    bool AnswerOverdue = false);

/// <summary>One page of the caseload; <see cref="Total"/> counts every referral that fits the search.</summary>
public sealed record CaseloadPage(List<CaseloadEntry> Entries, int Total, int Page, int PageSize);

/// <summary>The caseload's search, filters, sort and page, as the referrals service takes them.</summary>
public sealed record CaseloadQuery(string? Q = null, string? Status = null, string? Urgency = null, bool? Overdue = null, string? Sort = null, int Page = 1);

/// <summary>A person already on the team's caseload who fits a look-up by name or NHS number.</summary>
public sealed record PersonMatch(Guid PersonId, string Name, DateOnly DateOfBirth, string? NhsNumber, string PostcodeDistrict, int OpenReferrals);

public sealed record PersonSummary(Guid Id, string GivenName, string FamilyName, string? PreferredName, DateOnly DateOfBirth,
    string? NhsNumber, string PreferredContact, string? Phone, string? Mobile, string? Email, string Postcode, string FirstLanguage,
    bool NeedsInterpreter, List<string> AccessibilityNeeds, bool IsCarer, List<ConsentEntry>? Consents = null)
{
    public string Name => $"{GivenName} {FamilyName}";

    /// <summary>The consent to share with the provider that stands now, if any.</summary>
    public ConsentEntry? ConsentToShareWith(Guid? providerId) =>
        Consents?.LastOrDefault(c => c.ProviderId is not null && c.ProviderId == providerId && c.WithdrawnAt is null);

    public ConsentEntry? ConsentToTheService => Consents?.LastOrDefault(c => c.ProviderId is null && c.WithdrawnAt is null);

    public bool ServiceConsentWithdrawn => Consents?.LastOrDefault(c => c.ProviderId is null) is { WithdrawnAt: not null };
}

/// <summary>One period of consent, to the service (no provider) or to share with one provider; a withdrawal is added beside it.</summary>
public sealed record ConsentEntry(
    Guid? ProviderId, string? ProviderName, DateTimeOffset GivenAt, string RecordedBy, string? Method,
    DateTimeOffset? WithdrawnAt, string? WithdrawnRecordedBy, string? WithdrawnMethod);

public sealed record Referrer(string Name, string? Organisation, string? OrganisationCode, string? Contact);

/// <summary>One step of the referral's lifecycle: who, when and why.</summary>
public sealed record ReferralTransition(string From, string To, string ActorId, DateTimeOffset At, string Reason, string? ClosureReason, string? Triage = null);

public sealed record ConversationNote(string Text, string WrittenBy, DateTimeOffset WrittenAt);

/// <param name="Day">ISO day, 1 = Monday.</param>
public sealed record FreeTime(int Day, TimeOnly Start, TimeOnly End);

public sealed record TravelPreferences(double? MaxKm, List<string>? Modes);

public sealed record PlanAction(string Description, string? Owner, DateOnly? DueOn);

public sealed record PlanGoal(string Description, List<PlanAction> Actions, DateOnly? ReviewOn);

public sealed record CarePlan(List<PlanGoal> Goals, DateOnly ReviewOn, string AgreedBy, DateTimeOffset AgreedAt);

public sealed record Referral(
    Guid Id,
    Guid PersonId,
    string Source,
    Referrer? Referrer,
    string Reason,
    string Urgency,
    bool SafeguardingConcern,
    string? SafeguardingNote,
    string ReceivedBy,
    DateTimeOffset ReceivedAt,
    string Status,
    List<ReferralTransition> History,
    string? ClosureReason,
    string? Outcome,
    string? ClosureSummary,
    List<ConversationNote> Notes,
    List<string> NeedTermIds,
    List<string> InterestTermIds,
    List<FreeTime> Availability,
    TravelPreferences? Travel,
    CarePlan? Plan)
{
    public bool IsOpen => Status != "Closed";

    /// <summary>The person referred themselves on the public web (such a referral starts awaiting triage).</summary>
    public bool SelfReferredOnline => (History.Count > 0 ? History[0].From : Status) == "AwaitingTriage";
}

public sealed record ConnectionTransition(string From, string To, string ActorId, DateTimeOffset At, string? Reason);

public sealed record Connection(
    Guid Id,
    Guid ReferralId,
    string TargetKind,
    Guid TargetId,
    Guid ProviderId,
    string Status,
    DateTimeOffset SuggestedAt,
    DateOnly? AnswerDueBy,
    List<ConnectionTransition> History,
    string? TargetName = null,
    uint Version = 0)
{
    /// <summary>What the referrals service recorded it as (the directory's name for an activity), else its kind and id.</summary>
    public string Name => TargetName ?? $"{(TargetKind == "Volunteer" ? "A volunteer" : "An activity")} ({TargetId.ToString()[..8]})";
}

/// <summary>One sitting of the questionnaires: ONS4 (0–10 each) and the seven SWEMWBS answers (1–5), raw; null where not answered.</summary>
public sealed record Measurement(
    Guid Id,
    string Point,
    DateTimeOffset TakenAt,
    int? LifeSatisfaction,
    int? Worthwhile,
    int? Happiness,
    int? Anxiety,
    List<int?>? SwemwbsItems);

/// <summary>
/// A referral with everything recorded against it. The suggestions the referrals service recorded are left out: the
/// page shows the matcher's, live, as the one source (names of connections are recorded on the connections).
/// </summary>
/// <param name="ActorNames">Display names of the staff who read or changed the record, by the actor ids its "by" fields hold.</param>
/// <param name="GpOrigin">Where a referral a GP practice's system sent (as FHIR) came from; null for one typed in.</param>
public sealed record ReferralView(
    Referral Referral, List<Connection> Connections, List<Measurement> Measurements, Dictionary<string, string>? ActorNames = null,
    GpOrigin? GpOrigin = null);

/// <summary>A GP practice system's referral: the system's client id (its actor id), the practice, the practitioner, its own reference and when the message back last went.</summary>
public sealed record GpOrigin(
    string ClientId,
    string ServiceRequestValue,
    string PracticeOdsCode,
    string? PracticeName,
    string PractitionerName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? MessageBackAnnouncedAt);
