using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>A referral with everything recorded against it, for the link worker's case page.</summary>
public sealed record ReferralView(
    ReferralRecord Referral,
    IReadOnlyList<ConnectionRecord> Connections,
    IReadOnlyList<MeasurementRecord> Measurements,
    WellbeingChange? WellbeingChange,
    SuggestionsRecord? Suggestions);

