using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>The volunteer takes back a log that waits for approval (logged twice, or by mistake), after being asked.</summary>
public sealed class WithdrawLogModel(VolunteeringClient volunteering) : WaitingLogPageModel(volunteering)
{
    public Task OnGetAsync(Guid logId, CancellationToken cancellationToken) => LoadAsync(logId, keepVersion: false, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid logId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(logId, keepVersion: true, cancellationToken))
        {
            return Page();
        }
        try
        {
            await Volunteering.WithdrawAsync(VolunteerId, logId, Version, cancellationToken);
            TempData[nameof(HoursModel.Done)] = $"Your log of {Durations.Describe(Log!.Minutes)} on {When} is withdrawn. It no longer counts.";
            return RedirectToPage("Hours");
        }
        catch (StaleEditException)
        {
            await OnStaleAsync(logId, cancellationToken);
        }
        catch (ServiceValidationException e)
        {
            Problem = string.Join(" ", e.Errors.SelectMany(kv => kv.Value));
        }
        catch (ServiceUnavailableException)
        {
            Problem = "Your log was not withdrawn because the volunteering service is not answering. Try again in a few minutes.";
        }
        return Page();
    }
}
