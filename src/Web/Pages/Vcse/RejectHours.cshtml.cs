using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>Turning down one log: the volunteer sees the reason in their history.</summary>
public sealed class RejectHoursModel(VolunteeringClient volunteering) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid LogId { get; set; }

    [BindProperty]
    public RejectHoursInput Input { get; set; } = new();

    public string? Unavailable { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await volunteering.RejectAsync(User.OrganisationId(), LogId, Input.Reason!.Trim(), cancellationToken);
            TempData[nameof(HoursModel.Done)] = "The hours were rejected; the volunteer can see your reason.";
            return RedirectToPage("Hours");
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<RejectHoursInput>(e.Errors, nameof(Input));
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "The hours were not rejected because the volunteering service is not answering. Your reason is kept below: try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = "The volunteering service did not accept your sign-in. Sign out and sign in again; your reason is kept below.";
        }
        return Page();
    }
}
