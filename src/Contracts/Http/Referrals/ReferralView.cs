namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>A referral with everything recorded against it, for the link worker's case page.</summary>
/// <param name="ActorNames">
/// The display names of the people who read or changed the person's record, by actor id (as the record's
/// "by" fields hold them), from the names their access tokens carried into the audit trail.
/// </param>
/// <param name="GpOrigin">Where a referral a GP system sent as FHIR came from; null for one typed in.</param>
public sealed record ReferralView(
    Referral Referral,
    PersonSummary Person,
    IReadOnlyList<Connection> Connections,
    IReadOnlyList<Measurement> Measurements,
    WellbeingChange? WellbeingChange,
    Suggestions? Suggestions,
    IReadOnlyDictionary<string, string> ActorNames,
    GpOrigin? GpOrigin);

/// <summary>One sitting of the questionnaires: ONS4 (0–10 each) and the seven SWEMWBS answers (1–5), raw; null where not answered.</summary>
public sealed record Measurement(
    Guid Id,
    Guid PersonId,
    Guid ReferralId,
    Guid TeamId,
    string Point,
    DateTimeOffset TakenAt,
    string RecordedBy,
    int? LifeSatisfaction,
    int? Worthwhile,
    int? Happiness,
    int? Anxiety,
    IReadOnlyList<int?>? SwemwbsItems);

/// <summary>How wellbeing changed from the baseline to the latest follow-up or exit measurement.</summary>
public sealed record WellbeingChange(
    Guid PersonId, string LatestPoint, DateTimeOffset BaselineTakenAt, DateTimeOffset LatestTakenAt, Ons4Change? Ons4, SwemwbsChange? Swemwbs);

/// <param name="AnxietyImprovement">The fall in anxiety: lower anxiety is better.</param>
public sealed record Ons4Change(int? LifeSatisfaction, int? Worthwhile, int? Happiness, int? Anxiety, int? AnxietyImprovement);

public sealed record SwemwbsChange(
    decimal BaselineMetric, decimal LatestMetric, decimal MetricChange, bool IsMeaningfulImprovement, bool IsMeaningfulDecline);

/// <summary>The matcher's suggestions as the referrals service last recorded them.</summary>
public sealed record Suggestions(Guid ReferralId, DateTimeOffset ProposedAt, IReadOnlyList<SuggestedMatch> Matches);

/// <summary>One candidate the matcher proposed: rank 1 is the best.</summary>
/// <param name="Kind">"activity" or "volunteer".</param>
public sealed record SuggestedMatch(Guid CandidateId, string Kind, int Rank, double Score, string Name);

/// <summary>A GP practice system's referral: the system's client id (its actor id), the practice, the practitioner, its own reference and when the message back last went.</summary>
public sealed record GpOrigin(
    Guid ReferralId,
    string ClientId,
    string ServiceRequestSystem,
    string ServiceRequestValue,
    string PracticeOdsCode,
    string? PracticeName,
    string PractitionerName,
    string? PractitionerIdentifier,
    string NhsNumber,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? MessageBackAnnouncedAt);
