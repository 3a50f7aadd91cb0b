using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>
/// The referral's own part of a form (how consent was given, source, referrer, reason, urgency, safeguarding), shared by a new
/// person's referral and a known person's referral again. A form adds its fields in a derived class:
/// those come first in the error summary, since a derived type's properties are listed before its
/// base's, and these fields come last on both pages.
/// </summary>
public abstract class ReferralDetailsInput
{
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

    /// <summary>The answers one answer makes necessary, checked in the same pass as the annotations.</summary>
    public IEnumerable<(string Field, string Message)> ReferralProblems()
    {
        if (Source is not null and not ReferralSources.SelfReferral && string.IsNullOrWhiteSpace(ReferrerName))
        {
            yield return (nameof(ReferrerName), "Enter the name of the person who made the referral");
        }
        if (SafeguardingConcern && string.IsNullOrWhiteSpace(SafeguardingNote))
        {
            yield return (nameof(SafeguardingNote), "Describe the safeguarding concern");
        }
    }

    public ReferralRequest ToRequest() => new(
        Source!,
        Optional(ReferrerName) is { } name ? new ReferrerRequest(name, Optional(ReferrerOrganisation), null, Optional(ReferrerContact)) : null,
        Optional(Reason), Urgency!, SafeguardingConcern, SafeguardingConcern ? Optional(SafeguardingNote) : null, ServiceConsent: ConsentMethod);

    protected static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
