using System.ComponentModel.DataAnnotations;
using SocialPrescribing.UkFormats;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>A new referral as typed: the person (PRSB social prescribing shape), then the referral itself.</summary>
public sealed class NewReferralInput
{
    /// <summary>Set once the person is registered, so sending again after a failure refers them without registering them twice.</summary>
    public Guid? PersonId { get; set; }

    [Required(ErrorMessage = "Enter the person's given name")]
    [StringLength(100, ErrorMessage = "The given name must be 100 characters or fewer")]
    public string? GivenName { get; set; }

    [Required(ErrorMessage = "Enter the person's family name")]
    [StringLength(100, ErrorMessage = "The family name must be 100 characters or fewer")]
    public string? FamilyName { get; set; }

    public string? PreferredName { get; set; }

    [Required(ErrorMessage = "Enter the person's date of birth")]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    public string? NhsNumber { get; set; }

    [Required(ErrorMessage = "Select how the person prefers to be contacted")]
    public string? PreferredContact { get; set; }

    public string? Phone { get; set; }
    public string? Mobile { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    [Required(ErrorMessage = "Enter the person's postcode")]
    public string? Postcode { get; set; }

    [Required(ErrorMessage = "Enter the person's first language")]
    public string? FirstLanguage { get; set; } = "English";

    public bool NeedsInterpreter { get; set; }

    public List<string> AccessibilityNeeds { get; set; } = [];

    public string? AccessibilityNote { get; set; }

    public List<string> Carer { get; set; } = [];

    public string? Ethnicity { get; set; }
    public string? Sex { get; set; }
    public string? Disability { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm the person agrees to be referred to social prescribing")]
    public bool Consent { get; set; }

    [Required(ErrorMessage = "Select how the person agreed")]
    public string? ConsentMethod { get; set; }

    [Required(ErrorMessage = "Select where the referral came from")]
    public string? Source { get; set; }

    public string? ReferrerName { get; set; }
    public string? ReferrerOrganisation { get; set; }
    public string? ReferrerContact { get; set; }

    [Required(ErrorMessage = "Enter the reason for the referral")]
    [StringLength(4000, ErrorMessage = "The reason must be 4000 characters or fewer")]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "Select how urgent the referral is")]
    public string? Urgency { get; set; }

    public bool SafeguardingConcern { get; set; }

    public string? SafeguardingNote { get; set; }

    /// <summary>
    /// What the form's annotations cannot say, in the same pass, so every problem shows at once:
    /// the same format rules the referrals service applies (see <see cref="UkFormats"/>), and the
    /// answers one answer makes necessary.
    /// </summary>
    public IEnumerable<(string Field, string Message)> Problems(DateOnly today)
    {
        if (DateOfBirth > today)
        {
            yield return (nameof(DateOfBirth), "Date of birth must be today or in the past");
        }
        if (!string.IsNullOrWhiteSpace(NhsNumber) && NhsNumberCheck.Read(NhsNumber).Problem is { } nhsNumber)
        {
            yield return (nameof(NhsNumber), nhsNumber);
        }
        if (PreferredContact is { } preferred && ContactNeeded.TryGetValue(preferred, out var needed) && !HasDetailFor(preferred))
        {
            yield return needed;
        }
        if (Text(Phone) is { } phone && !UkPhoneNumber.IsValid(phone))
        {
            yield return (nameof(Phone), UkPhoneNumber.NotAPhoneNumber);
        }
        if (Text(Mobile) is { } mobile && !UkPhoneNumber.IsMobile(mobile))
        {
            yield return (nameof(Mobile), UkPhoneNumber.NotAMobileNumber);
        }
        if (Text(Email) is { } email && !EmailAddress.IsShaped(email))
        {
            yield return (nameof(Email), EmailAddress.NotAnEmailAddress);
        }
        if (!string.IsNullOrWhiteSpace(Postcode) && UkPostcode.Read(Postcode) is null)
        {
            yield return (nameof(Postcode), UkPostcode.NotAPostcode);
        }
        if (Source is not null and not "SelfReferral" && string.IsNullOrWhiteSpace(ReferrerName))
        {
            yield return (nameof(ReferrerName), "Enter the name of the person who made the referral");
        }
        if (SafeguardingConcern && string.IsNullOrWhiteSpace(SafeguardingNote))
        {
            yield return (nameof(SafeguardingNote), "Describe the safeguarding concern");
        }
    }

    /// <summary>The contact detail each way of being contacted needs (a phone call may use the mobile).</summary>
    private static readonly Dictionary<string, (string Field, string Message)> ContactNeeded = new()
    {
        ["Phone"] = (nameof(Phone), "Enter a phone number, as the person prefers a phone call"),
        ["TextMessage"] = (nameof(Mobile), "Enter a mobile number, as the person prefers text messages"),
        ["Email"] = (nameof(Email), "Enter an email address, as the person prefers email"),
        ["Letter"] = (nameof(Address), "Enter a postal address, as the person prefers letters"),
    };

    private bool HasDetailFor(string preferred) => preferred switch
    {
        "Phone" => Text(Phone) is not null || Text(Mobile) is not null,
        "TextMessage" => Text(Mobile) is not null,
        "Email" => Text(Email) is not null,
        _ => Text(Address) is not null,
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
