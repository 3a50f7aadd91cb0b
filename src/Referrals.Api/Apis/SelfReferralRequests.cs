using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Apis;

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
    ContactRequest? Contact,
    string? Postcode,
    [StringLength(TextLimits.Long)] string? WhatMatters,
    IReadOnlyList<string>? NeedTermIds,
    bool AgreedToDataUse)
{
    private const string AssumedLanguage = "English";

    /// <summary>Every mistake at once, under the fields the form shows.</summary>
    public (PersonProfile Profile, ReferralDetails Details) Validate()
    {
        var errors = new FieldErrors();
        var profile = errors.Capture(() => new PersonRequest(GivenName, FamilyName, null, DateOfBirth, null, Contact, Postcode,
            AssumedLanguage, false, [], null, false, false, null, null, null).ToProfile());
        var details = errors.Capture(() => new ReferralDetails(ReferralSource.SelfReferral, null, WhatMatters ?? "", Urgency.Routine));
        errors.Check(AgreedToDataUse, "agreedToDataUse", "The person must agree to how the service uses what they tell it.");
        errors.ThrowIfAny();
        return (profile!, details!);
    }
}

public sealed record TriageRequest(TriageOutcome? Outcome, [StringLength(TextLimits.Reason)] string? Note);
