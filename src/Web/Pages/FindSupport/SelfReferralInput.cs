using System.ComponentModel.DataAnnotations;
using SocialPrescribing.UkFormats;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.FindSupport;

/// <summary>A person's own referral as typed on the short public form.</summary>
public sealed class SelfReferralInput
{
    public static readonly IReadOnlyList<Choice> ContactMethods =
    [
        new(ContactPreferences.Phone, "Phone call"), new(ContactPreferences.TextMessage, "Text message"), new(ContactPreferences.Email, "Email"),
    ];

    [Required(ErrorMessage = "Enter your first name")]
    [StringLength(100, ErrorMessage = "Your first name must be 100 characters or fewer")]
    public string? GivenName { get; set; }

    [Required(ErrorMessage = "Enter your last name")]
    [StringLength(100, ErrorMessage = "Your last name must be 100 characters or fewer")]
    public string? FamilyName { get; set; }

    [Required(ErrorMessage = "Enter your date of birth")]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [Required(ErrorMessage = "Select how you would like us to contact you")]
    public string? PreferredContact { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your postcode")]
    public string? Postcode { get; set; }

    [Required(ErrorMessage = "Tell us what matters to you and what you would like help with")]
    [StringLength(4000, ErrorMessage = "What you tell us must be 4000 characters or fewer")]
    public string? WhatMatters { get; set; }

    public string? Need { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm that you agree to how we use your information")]
    public bool AgreedToDataUse { get; set; }

    /// <summary>A field people never see (it is hidden), which form-filling bots fill in: such a post is not sent.</summary>
    public string? Website { get; set; }

    public bool IsFromABot => !string.IsNullOrEmpty(Website);

    /// <summary>What the annotations cannot say, in the same pass so every problem shows at once.</summary>
    public IEnumerable<(string Field, string Message)> Problems(DateOnly today)
    {
        if (DateOfBirth > today)
        {
            yield return (nameof(DateOfBirth), "Your date of birth must be in the past");
        }
        if (PreferredContact is ContactPreferences.Phone or ContactPreferences.TextMessage && Text(Phone) is null)
        {
            yield return (nameof(Phone), PreferredContact == ContactPreferences.Phone ? "Enter a phone number so we can call you" : "Enter a mobile number so we can text you");
        }
        else if (Text(Phone) is { } phone && (PreferredContact == ContactPreferences.TextMessage ? !UkPhoneNumber.IsMobile(phone) : !UkPhoneNumber.IsValid(phone)))
        {
            yield return (nameof(Phone), PreferredContact == ContactPreferences.TextMessage ? UkPhoneNumber.NotAMobileNumber : UkPhoneNumber.NotAPhoneNumber);
        }
        if (PreferredContact == ContactPreferences.Email && Text(Email) is null)
        {
            yield return (nameof(Email), "Enter an email address so we can email you");
        }
        else if (Text(Email) is { } email && !EmailAddress.IsShaped(email))
        {
            yield return (nameof(Email), EmailAddress.NotAnEmailAddress);
        }
        if (!string.IsNullOrWhiteSpace(Postcode) && UkPostcode.Read(Postcode) is null)
        {
            yield return (nameof(Postcode), UkPostcode.NotAPostcode);
        }
    }

    public SelfReferralRequest ToRequest()
    {
        var phone = Text(Phone);
        var contact = new ContactDetailsRequest(PreferredContact!,
            PreferredContact == ContactPreferences.TextMessage ? null : phone, PreferredContact == ContactPreferences.TextMessage ? phone : null, Text(Email), null);
        return new SelfReferralRequest(GivenName?.Trim(), FamilyName?.Trim(), DateOfBirth, contact, Postcode, WhatMatters?.Trim(),
            Need is { Length: > 0 } need ? [need] : [], AgreedToDataUse);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
