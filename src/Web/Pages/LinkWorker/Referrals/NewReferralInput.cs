using System.ComponentModel.DataAnnotations;

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
}
