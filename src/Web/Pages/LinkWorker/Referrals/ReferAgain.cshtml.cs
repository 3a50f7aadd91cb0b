using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>
/// Refers a person the team already knows (found by the look-up) again: their record is kept as it is, and
/// only the new referral's details are asked for. Another team's person cannot be referred from here.
/// </summary>
public sealed class ReferAgainModel(ReferralsClient referrals) : PageModel
{
    [FromRoute]
    public Guid PersonId { get; set; }

    [BindProperty]
    public ReferAgainInput Input { get; set; } = new();

    public PersonSummary? Person { get; private set; }
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var (field, message) in Input.ReferralProblems())
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }
        if (ModelState.IsValid)
        {
            try
            {
                var referral = await referrals.ReferAsync(PersonId, Input.ToRequest(), cancellationToken);
                TempData["Saved"] = "Referral received. It is on your team's caseload, waiting for first contact.";
                return Redirect($"/link-worker/referrals/{referral.Id}");
            }
            catch (ServiceValidationException e)
            {
                ModelState.AddServiceErrors<ReferAgainInput>(e.Errors, nameof(Input), new Dictionary<string, string> { ["referrer.name"] = nameof(ReferAgainInput.ReferrerName) });
            }
            catch (ServiceUnavailableException)
            {
                Unavailable = ReferralFormModel<ReferAgainInput>.NothingSaved;
            }
            catch (ServiceAccessDeniedException)
            {
                Unavailable = ReferralFormModel<ReferAgainInput>.SignInAgain;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Person = await referrals.PersonAsync(PersonId, cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable ??= "The referrals service is not answering, so the person cannot be shown. What you enter is kept.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable ??= "This person is not on your team's caseload, or the referrals service did not accept your sign-in.";
        }
    }
}
