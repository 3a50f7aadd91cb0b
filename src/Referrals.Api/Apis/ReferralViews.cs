using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>A referral with everything recorded against it, for the link worker's case page.</summary>
/// <param name="ActorNames">
/// The display names of the people who read or changed the person's record, by actor id (as the record's
/// "by" fields hold them), from the names their access tokens carried into the audit trail.
/// </param>
/// <param name="GpOrigin">Where a referral a GP system sent as FHIR came from; null for one typed in.</param>
public sealed record ReferralView(
    ReferralRecord Referral,
    IReadOnlyList<ConnectionRecord> Connections,
    IReadOnlyList<MeasurementRecord> Measurements,
    WellbeingChange? WellbeingChange,
    SuggestionsRecord? Suggestions,
    IReadOnlyDictionary<string, string> ActorNames,
    FhirOriginRecord? GpOrigin = null);

