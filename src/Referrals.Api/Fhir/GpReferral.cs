using SocialPrescribing.Referrals.Apis;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>
/// A referral as a GP system's bundle gave it, in the shapes the link worker's forms send
/// (<see cref="PersonRequest"/>, <see cref="ReferralRequest"/>), so the same checks and the same intake apply.
/// </summary>
public sealed record GpReferral(
    string ServiceRequestSystem,
    string ServiceRequestValue,
    string NhsNumber,
    PersonRequest Person,
    ReferralRequest Referral,
    string PracticeOdsCode,
    string? PracticeName,
    string PractitionerName,
    string? PractitionerIdentifier);
