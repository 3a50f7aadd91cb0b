namespace SocialPrescribing.Contracts.IntegrationEvents;

// Facts the referrals service tells the others. None carries a name or contact detail, except the
// message back, which the referrer's own record system needs to file it against the patient.

/// <summary>A referral arrived; read its matching facts through gRPC <c>Referrals.GetMatchingProfile</c>.</summary>
[PublishedBy("referrals")]
public sealed record ReferralSubmittedIntegrationEvent(
    Guid ReferralId,
    Guid PersonId,
    Guid TeamId,
    string Source,
    string Urgency,
    string PostcodeDistrict,
    DateTimeOffset SubmittedAt) : IntegrationEvent;

/// <summary>What matching knows of the referral changed (needs, free times, travel, person's profile): read it again.</summary>
[PublishedBy("referrals")]
public sealed record ReferralProfileChangedIntegrationEvent(
    Guid ReferralId,
    Guid PersonId,
    DateTimeOffset ChangedAt) : IntegrationEvent;

/// <summary>A referral closed; <paramref name="ClosureReason"/> is one of Completed, DeclinedByPerson, UnableToContact, Moved, Other.</summary>
[PublishedBy("referrals")]
public sealed record ReferralClosedIntegrationEvent(
    Guid ReferralId,
    Guid PersonId,
    Guid TeamId,
    string ClosureReason,
    DateTimeOffset ClosedAt) : IntegrationEvent;

/// <summary>One SNOMED CT concept for the referrer's record.</summary>
public sealed record SnomedConcept(string Code, string? Term);

/// <summary>ONS4 changes (later minus baseline; for anxiety a fall is better) and the SWEMWBS metric change.</summary>
public sealed record WellbeingChangeSummary(
    string LatestPoint,
    int? LifeSatisfactionChange,
    int? WorthwhileChange,
    int? HappinessChange,
    int? AnxietyChange,
    decimal? SwemwbsMetricChange);

/// <summary>
/// The message back to the referrer when a referral closes, ready for a GP-system integration to
/// file: the NHS number (when known) to match the patient, the codes, outcome and wellbeing change.
/// </summary>
/// <param name="FhirTask">
/// For a referral a GP system sent as FHIR: the message back as the FHIR R4 Task (JSON) that system reads at
/// <c>/fhir/Task/{ReferralId}</c>, so an integration can pass it on as it is. Null for other referrals.
/// </param>
[OutsideSubscriber("The referrer's record system (the GP practice), through the ICB's integration engine, which files the outcome against the patient by NHS number.")]
[PublishedBy("referrals")]
public sealed record ReferralMessageBackIntegrationEvent(
    Guid ReferralId,
    string? NhsNumber,
    string? ReferrerName,
    string? ReferrerOrganisation,
    string? ReferrerOrganisationCode,
    IReadOnlyList<SnomedConcept> Codes,
    string ClosureReason,
    string Outcome,
    string Summary,
    WellbeingChangeSummary? Wellbeing,
    DateTimeOffset ClosedAt,
    string? FhirTask = null) : IntegrationEvent;

/// <summary>A place was asked for at a provider (and held at the directory for an activity).</summary>
[OutsideSubscriber("The ICB's data platform: requests per provider, for the VCSE partnership reviews. Ids only.")]
[PublishedBy("referrals")]
public sealed record ConnectionRequestedIntegrationEvent(
    Guid ConnectionId,
    Guid ReferralId,
    Guid TeamId,
    string TargetKind,
    Guid TargetId,
    Guid ProviderId,
    DateOnly AnswerDueBy,
    DateTimeOffset RequestedAt) : IntegrationEvent;

[OutsideSubscriber("The ICB's data platform: how soon providers answer, for the VCSE partnership reviews. Ids only.")]
[PublishedBy("referrals")]
public sealed record ConnectionAcceptedIntegrationEvent(
    Guid ConnectionId,
    Guid ReferralId,
    Guid TeamId,
    Guid ProviderId,
    DateTimeOffset AcceptedAt) : IntegrationEvent;

[OutsideSubscriber("The ICB's data platform: why providers decline, for commissioning gaps. Ids and the provider's reason only.")]
[PublishedBy("referrals")]
public sealed record ConnectionDeclinedIntegrationEvent(
    Guid ConnectionId,
    Guid ReferralId,
    Guid TeamId,
    Guid ProviderId,
    string Reason,
    DateTimeOffset DeclinedAt) : IntegrationEvent;

/// <summary>The provider did not answer within its agreed working days; the held place was released.</summary>
[OutsideSubscriber("The ICB's data platform: requests no provider answered in time, for the VCSE partnership reviews. Ids only.")]
[PublishedBy("referrals")]
public sealed record ConnectionExpiredIntegrationEvent(
    Guid ConnectionId,
    Guid ReferralId,
    Guid TeamId,
    Guid ProviderId,
    DateTimeOffset ExpiredAt) : IntegrationEvent;

[PublishedBy("referrals")]
public sealed record ConnectionAttendedIntegrationEvent(
    Guid ConnectionId,
    Guid ReferralId,
    Guid TeamId,
    Guid ProviderId,
    DateTimeOffset AttendedAt) : IntegrationEvent;

/// <summary>
/// A person rated an activity they attended (1 very poor to 5 very good) in its after-activity survey. Who rated it
/// is left out: matching needs only the activity, its provider, the rating and when.
/// </summary>
[PublishedBy("referrals")]
public sealed record ActivityRatedIntegrationEvent(
    Guid ActivityId,
    Guid ProviderId,
    int Rating,
    DateTimeOffset RatedAt) : IntegrationEvent;

/// <summary>
/// A follow-up or exit wellbeing measurement was recorded against a baseline. The ONS4
/// life-satisfaction answers before and after (0–10) feed the SROI's WELLBY valuation.
/// </summary>
[PublishedBy("referrals")]
public sealed record WellbeingOutcomeRecordedIntegrationEvent(
    Guid MeasurementId,
    Guid ReferralId,
    Guid PersonId,
    Guid TeamId,
    string Point,
    int? LifeSatisfactionBefore,
    int? LifeSatisfactionAfter,
    int? LifeSatisfactionChange,
    decimal? SwemwbsMetricChange,
    DateTimeOffset RecordedAt) : IntegrationEvent;
