using SocialPrescribing.Compliance;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>Who the person is and what they need from us to take part. Parts validate themselves.</summary>
/// <param name="NhsNumber">Optional: self-referrals and some agencies will not know it.</param>
/// <param name="AccessibilityNote">Anything the listed needs do not say, in the person's words.</param>
public sealed record PersonProfile(
    [property: PersonalData] PersonName Name,
    [property: PersonalData] DateOnly DateOfBirth,
    [property: PersonalData] NhsNumber? NhsNumber,
    [property: PersonalData] ContactDetails Contact,
    [property: PersonalData] Postcode Postcode,
    LanguageNeeds Language,
    IReadOnlySet<AccessibilityNeed> AccessibilityNeeds,
    [property: PersonalData] string? AccessibilityNote,
    CarerStatus Carer,
    [property: PersonalData] EqualityMonitoring Equality);
