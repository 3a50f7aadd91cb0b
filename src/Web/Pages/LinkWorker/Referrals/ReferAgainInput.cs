using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>A new referral for a person the team already knows: the referral's part of the form only.</summary>
public sealed class ReferAgainInput
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm the person agrees to be referred to social prescribing again")]
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

    public ReferralSubmission ToSubmission() => new(
        Source!,
        Optional(ReferrerName) is { } name ? new ReferrerSubmission(name, Optional(ReferrerOrganisation), null, Optional(ReferrerContact)) : null,
        Optional(Reason), Urgency!, SafeguardingConcern, SafeguardingConcern ? Optional(SafeguardingNote) : null, ConsentMethod);

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
