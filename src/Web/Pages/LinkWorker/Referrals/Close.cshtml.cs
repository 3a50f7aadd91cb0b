using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class CloseInput
{
    [Required(ErrorMessage = "Select why the referral is closing")]
    public string? ClosureReason { get; set; }

    [Required(ErrorMessage = "Enter the outcome")]
    [StringLength(1000, ErrorMessage = "The outcome must be 1000 characters or fewer")]
    public string? Outcome { get; set; }

    [Required(ErrorMessage = "Enter the summary for the referrer")]
    [StringLength(4000, ErrorMessage = "The summary must be 4000 characters or fewer")]
    public string? Summary { get; set; }
}

/// <summary>Closes the referral; the referrals service sends the message back to the referrer.</summary>
public sealed class CloseModel(ReferralsClient referrals) : ReferralFormModel<CloseInput>(referrals)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(() => Referrals.CloseAsync(Id, new CloseRequest(Input.ClosureReason!, Input.Outcome!.Trim(), Input.Summary!.Trim()), Version, cancellationToken),
            "Referral closed. The message back has been sent to the referrer.", cancellationToken);
}
