using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// A page about one of the volunteer's own logs that waits for approval (correcting it, withdrawing
/// it): the log as read, its version for the change, and plain words when it cannot be changed.
/// </summary>
public abstract class WaitingLogPageModel(VolunteeringClient volunteering) : PageModel
{
    /// <summary>The log as last read; null when it could not be.</summary>
    public HourLogResponse? Log { get; private set; }

    /// <summary>The version the change is made against: the one read when the page was first shown.</summary>
    [BindProperty]
    public string Version { get; set; } = "";

    /// <summary>Why the log cannot be changed here, or why the change was not made.</summary>
    public string? Problem { get; protected set; }

    protected VolunteeringClient Volunteering => volunteering;

    protected Guid VolunteerId => User.VolunteerId();

    public string When => Log is { } log ? $"{log.Date:d MMMM yyyy}" : "";

    /// <summary>Reads the log; false (with <see cref="Problem"/> said) when it is gone or no longer waiting.</summary>
    protected async Task<bool> LoadAsync(Guid logId, bool keepVersion, CancellationToken cancellationToken)
    {
        try
        {
            var read = await volunteering.LogAsync(VolunteerId, logId, cancellationToken);
            Log = read.Value;
            if (!keepVersion || Version.Length == 0)
            {
                Version = read.ETag;
                // Else the hidden field would show the version posted, not the one just read.
                ModelState.Remove(nameof(Version));
            }
        }
        catch (RecordNotFoundException)
        {
            Problem = "This log is not one of yours, or it is no longer there.";
            return false;
        }
        catch (ServiceUnavailableException)
        {
            Problem = "Your log cannot be changed right now because the volunteering service is not answering. Try again in a few minutes.";
            return false;
        }
        catch (ServiceAccessDeniedException)
        {
            Problem = "The volunteering service did not accept your sign-in. Sign out and sign in again.";
            return false;
        }
        if (!Log.IsWaiting)
        {
            Problem = $"Your log for {When} is {Log.StatusText.ToLowerInvariant()}, so it can no longer be changed here. Ask the organisation if it needs putting right.";
            return false;
        }
        return true;
    }

    /// <summary>Someone decided on the log, or it was changed on another device, since the page was shown: nothing was saved.</summary>
    protected async Task OnStaleAsync(Guid logId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(logId, keepVersion: false, cancellationToken))
        {
            Problem = "Your log was changed on another device since you opened this page, so nothing was saved. It is shown below as it is now: check it and try again.";
        }
    }
}
