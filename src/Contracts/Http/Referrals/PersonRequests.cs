using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Contracts.Http.Referrals;

// What a link worker's forms (and the public self-referral form) send about a person. Enum values are strings as the
// service spells them (kebab-case): the enums belong to its domain, which does not depend on this project.

/// <param name="Preferred">"phone", "text-message", "email" or "letter".</param>
public sealed record ContactDetailsRequest(string? Preferred, string? Phone, string? Mobile, string? Email, string? Address);

/// <summary>A person's profile as a form sends it; the service reports every mistake at once.</summary>
/// <param name="AccessibilityNeeds">Kebab-case, e.g. "step-free-access", "easy-read".</param>
/// <param name="Ethnicity">Kebab-case, e.g. "white-british"; likewise sex ("female") and disability ("yes", "no", "prefer-not-to-say").</param>
public sealed record PersonRequest(
    [StringLength(TextLimits.Name)] string? GivenName,
    [StringLength(TextLimits.Name)] string? FamilyName,
    [StringLength(TextLimits.Name)] string? PreferredName,
    DateOnly? DateOfBirth,
    string? NhsNumber,
    ContactDetailsRequest? Contact,
    string? Postcode,
    string? FirstLanguage,
    bool NeedsInterpreter,
    IReadOnlyList<string>? AccessibilityNeeds,
    string? AccessibilityNote,
    bool IsCarer,
    bool IsCaredFor,
    string? Ethnicity,
    string? Sex,
    string? Disability);

/// <summary>Consent to share with one provider, and how the person gave it.</summary>
/// <param name="Method">"verbal", "written" or "online"; none when not recorded.</param>
public sealed record ConsentRequest(Guid ProviderId, [StringLength(TextLimits.Name)] string? ProviderName, string? Method);

/// <summary>How the person gave (or withdrew) consent to the service or to share.</summary>
public sealed record ConsentMethodRequest(string? Method);

/// <summary>
/// A person's own referral as the public web's short form sends it. The form asks no language: it is recorded as
/// English, for the link worker to check at first contact.
/// </summary>
/// <param name="WhatMatters">In the person's words; kept as the referral's reason.</param>
/// <param name="AgreedToDataUse">The person agreed to the service holding and using what they wrote, as the form explains.</param>
public sealed record SelfReferralRequest(
    [StringLength(TextLimits.Name)] string? GivenName,
    [StringLength(TextLimits.Name)] string? FamilyName,
    DateOnly? DateOfBirth,
    ContactDetailsRequest? Contact,
    string? Postcode,
    [StringLength(TextLimits.Long)] string? WhatMatters,
    IReadOnlyList<string>? NeedTermIds,
    bool AgreedToDataUse);
