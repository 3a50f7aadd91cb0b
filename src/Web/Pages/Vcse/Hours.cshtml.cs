using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// Hours the organisation's volunteers logged that wait for approval, oldest first with those waiting
/// long flagged: approve those selected or all shown at once, or reject one with a reason.
/// </summary>
public sealed class HoursModel(VolunteeringClient volunteering, TimeProvider time) : PageModel
{
    [BindProperty]
    public HourApprovalsInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public IReadOnlyList<HourLogResponse> Waiting { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> VolunteerNames { get; private set; } = new Dictionary<Guid, string>();
    public string? Unavailable { get; private set; }

    public DateOnly Today => UkCalendar.Today(time);

    public int WaitedLongCount => Waiting.Count(l => WaitingHours.WaitedLong(l, Today));

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ApproveAsync(Input.LogIds, "Select the hours to approve", cancellationToken);

    /// <summary>"Approve all shown": the page lists every log it showed, so nothing that arrived since is approved unseen.</summary>
    public Task<IActionResult> OnPostAllAsync(List<Guid> shownLogIds, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ApproveAsync(shownLogIds, "There are no hours to approve", cancellationToken);
    }

    private async Task<IActionResult> ApproveAsync(List<Guid> logIds, string noneSelected, CancellationToken cancellationToken)
    {
        if (logIds.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.LogIds)}", noneSelected);
        }
        else
        {
            try
            {
                var approved = await volunteering.ApproveAsync(User.OrganisationId(), logIds, cancellationToken);
                Done = approved.Count == 1 ? "1 log approved." : $"{approved.Count} logs approved.";
                return RedirectToPage();
            }
            catch (ServiceValidationException e)
            {
                ModelState.AddServiceErrors<HourApprovalsInput>(e.Errors, nameof(Input));
            }
            catch (ServiceUnavailableException)
            {
                Unavailable = "Nothing was approved because the volunteering service is not answering. Your selection is kept: try again in a few minutes.";
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public string NameOf(Guid volunteerId) => VolunteerNames.TryGetValue(volunteerId, out var name) ? name : "A volunteer (name not available)";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var organisation = User.OrganisationId();
            Waiting = await volunteering.WaitingForApprovalAsync(organisation, cancellationToken);
            VolunteerNames = (await volunteering.VolunteersOfAsync(organisation, cancellationToken))
                .ToDictionary(v => v.Id, v => $"{v.FirstName} {v.LastName}");
        }
        catch (ServiceUnavailableException)
        {
            Unavailable ??= "Hours waiting for approval cannot be shown right now because the volunteering service is not answering. Try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable ??= "The volunteering service did not accept your sign-in. Sign out and sign in again.";
        }
    }
}
