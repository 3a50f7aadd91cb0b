using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>The volunteer puts right a log that waits for approval; a decision or change made since the page was shown is never overwritten.</summary>
public sealed class CorrectLogModel(VolunteeringClient volunteering, TimeProvider time) : WaitingLogPageModel(volunteering)
{
    [BindProperty]
    public CorrectLogInput Input { get; set; } = new();

    public DateOnly Today => UkCalendar.Today(time);

    public async Task OnGetAsync(Guid logId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(logId, keepVersion: false, cancellationToken))
        {
            var log = Log!;
            Input = new CorrectLogInput
            {
                Date = log.Date,
                Hours = (log.Minutes / 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Minutes = (log.Minutes % 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Note = log.Note,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid logId, CancellationToken cancellationToken)
    {
        var (minutes, durationError) = Durations.Parse(Input.Hours, Input.Minutes);
        if (durationError is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Hours)}", durationError);
        }
        if (!await LoadAsync(logId, keepVersion: true, cancellationToken) || !ModelState.IsValid)
        {
            return Page();
        }
        var log = Log!;
        try
        {
            await Volunteering.CorrectAsync(VolunteerId, logId, new HourLogRequest(
                log.Id, log.OrganisationId, log.ActivityId, log.Role.Length == 0 ? null : log.Role,
                Input.Date!.Value, minutes!.Value, string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim()), Version, cancellationToken);
            TempData[nameof(HoursModel.Done)] = $"Your log for {Input.Date.Value:d MMMM yyyy} now says {Durations.Describe(minutes.Value)}.";
            return RedirectToPage("Hours");
        }
        catch (StaleEditException)
        {
            await OnStaleAsync(logId, cancellationToken);
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<CorrectLogInput>(e.Errors, nameof(Input), Durations.ServiceFields);
        }
        catch (ServiceUnavailableException)
        {
            Problem = "Your log was not changed because the volunteering service is not answering. What you entered is still below: try again in a few minutes.";
        }
        return Page();
    }
}
