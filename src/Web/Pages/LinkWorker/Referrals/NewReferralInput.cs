using System.ComponentModel.DataAnnotations;
using SocialPrescribing.UkFormats;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>A new referral as typed: the person (PRSB social prescribing shape) and their consent, then the referral itself (<see cref="ReferralDetailsInput"/>).</summary>
public sealed class NewReferralInput : ReferralDetailsInput
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
        if (Optional(Phone) is { } phone && !UkPhoneNumber.IsValid(phone))
        {
            yield return (nameof(Phone), UkPhoneNumber.NotAPhoneNumber);
        }
        if (Optional(Mobile) is { } mobile && !UkPhoneNumber.IsMobile(mobile))
        {
            yield return (nameof(Mobile), UkPhoneNumber.NotAMobileNumber);
        }
        if (Optional(Email) is { } email && !EmailAddress.IsShaped(email))
        {
            yield return (nameof(Email), EmailAddress.NotAnEmailAddress);
        }
        if (!string.IsNullOrWhiteSpace(Postcode) && UkPostcode.Read(Postcode) is null)
        {
            yield return (nameof(Postcode), UkPostcode.NotAPostcode);
        }
        foreach (var problem in ReferralProblems())
        {
            yield return problem;
        }
    }

    /// <summary>The contact detail each way of being contacted needs (a phone call may use the mobile).</summary>
    private static readonly Dictionary<string, (string Field, string Message)> ContactNeeded = new()
    {
        [ContactPreferences.Phone] = (nameof(Phone), "Enter a phone number, as the person prefers a phone call"),
        [ContactPreferences.TextMessage] = (nameof(Mobile), "Enter a mobile number, as the person prefers text messages"),
        [ContactPreferences.Email] = (nameof(Email), "Enter an email address, as the person prefers email"),
        [ContactPreferences.Letter] = (nameof(Address), "Enter a postal address, as the person prefers letters"),
    };

    private bool HasDetailFor(string preferred) => preferred switch
    {
        ContactPreferences.Phone => Optional(Phone) is not null || Optional(Mobile) is not null,
        ContactPreferences.TextMessage => Optional(Mobile) is not null,
        ContactPreferences.Email => Optional(Email) is not null,
        _ => Optional(Address) is not null,
    };

    public PersonRequest ToPersonRequest() => new(
        Optional(GivenName), Optional(FamilyName), Optional(PreferredName), DateOfBirth, Optional(NhsNumber),
        new ContactDetailsRequest(PreferredContact!, Optional(Phone), Optional(Mobile), Optional(Email), Optional(Address)),
        Optional(Postcode), Optional(FirstLanguage), NeedsInterpreter, AccessibilityNeeds, Optional(AccessibilityNote),
        Carer.Contains("IsCarer"), Carer.Contains("IsCaredFor"), Optional(Ethnicity), Optional(Sex), Optional(Disability));
}
