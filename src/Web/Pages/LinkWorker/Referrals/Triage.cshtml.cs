using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class TriageInput
{
    [Required(ErrorMessage = "Select what triage found")]
    public string? Outcome { get; set; }

    [Required(ErrorMessage = "Enter what you checked, or who you passed the concern to")]
    [StringLength(1000, ErrorMessage = "The note must be 1000 characters or fewer")]
    public string? Note { get; set; }
}

/// <summary>
/// Safeguarding triage of a self-referral from the public web, before anyone contacts the person: safe to proceed, or
/// an urgent concern escalated (the referral then becomes urgent with the concern noted).
/// </summary>
public sealed class TriageModel(ReferralsClient referrals) : ReferralFormModel<TriageInput>(referrals)
{
    public static readonly IReadOnlyList<Choice> Outcomes =
    [
        new("safe-to-proceed", "Safe to proceed", "Nothing the person wrote needs more than the usual first contact."),
        new("urgent-concern-escalated", "Urgent concern escalated",
            "You have passed a concern to the safeguarding lead or an emergency service. The referral becomes urgent."),
    ];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(() => Referrals.TriageAsync(Id, Input.Outcome!, Input.Note!.Trim(), Version, cancellationToken),
            $"Triaged: {ReferralText.Of(Outcomes, Input.Outcome).ToLowerInvariant()}. The person can now be contacted.", cancellationToken);
}
