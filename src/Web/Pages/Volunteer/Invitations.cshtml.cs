using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// Organisations asking the volunteer to give time to them. Nothing links the volunteer to an
/// organisation (or shows it their details) until they accept here.
/// </summary>
public sealed class InvitationsModel(VolunteeringClient volunteering) : PageModel
{
    [TempData]
    public string? Done { get; set; }

    public string? Problem { get; private set; }
    public IReadOnlyList<InvitationResponse> Waiting { get; private set; } = [];
    public IReadOnlyList<InvitationResponse> Answered { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await CallAsync(async () =>
        {
            var invitations = await volunteering.InvitationsAsync(User.VolunteerId(), cancellationToken);
            Waiting = [.. invitations.Where(i => i.IsPending)];
            Answered = [.. invitations.Where(i => !i.IsPending)];
        });

    public Task<IActionResult> OnPostAcceptAsync(Guid invitationId, CancellationToken cancellationToken) =>
        AnswerAsync(invitationId, accept: true, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid invitationId, CancellationToken cancellationToken) =>
        AnswerAsync(invitationId, accept: false, cancellationToken);

    private async Task<IActionResult> AnswerAsync(Guid invitationId, bool accept, CancellationToken cancellationToken)
    {
        InvitationResponse? answered = null;
        if (await CallAsync(async () => answered = await volunteering.AnswerInvitationAsync(User.VolunteerId(), invitationId, accept, cancellationToken)))
        {
            Done = accept
                ? $"You now volunteer with {answered!.OrganisationName}: they can see your details and approve your hours."
                : $"You declined {answered!.OrganisationName}'s invitation. They cannot see your details.";
            return RedirectToPage();
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }

    /// <summary>Runs a call; false with the reason on the page when the service refused it or did not answer.</summary>
    private async Task<bool> CallAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (ServiceValidationException e)
        {
            Problem ??= string.Join(" ", e.Errors.SelectMany(kv => kv.Value));
        }
        catch (ServiceUnavailableException)
        {
            Problem ??= "Your invitations cannot be shown or answered right now because the volunteering service is not answering. Try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Problem ??= "The volunteering service did not accept your sign-in. Sign out and sign in again.";
        }
        return false;
    }
}
