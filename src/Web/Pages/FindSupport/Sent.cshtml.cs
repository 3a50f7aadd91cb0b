using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SocialPrescribing.Web.Pages.FindSupport;

/// <summary>What happens next after a self-referral, with the reference to quote (kept for this one page view).</summary>
public sealed class SentModel : PageModel
{
    public string? Reference { get; private set; }

    /// <summary>Five working days (a routine referral's first contact) unless the referrals service said otherwise.</summary>
    public int ContactWithinWorkingDays { get; private set; } = 5;

    public void OnGet()
    {
        Reference = TempData[ReferYourselfModel.ReferenceKey] as string;
        if (TempData[ReferYourselfModel.ContactWithinKey] is int days)
        {
            ContactWithinWorkingDays = days;
        }
    }
}
