using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// The volunteer's mobile form. Posts normally (no JavaScript needed); with JavaScript, the same
/// fields go to <c>?handler=Sync</c>, which answers with a status instead of a page so a log kept on
/// the phone while there was no signal can be sent later.
/// </summary>
public sealed class LogHoursModel(VolunteeringClient volunteering, VolunteerFormOptions options, TimeProvider time) : PageModel
{
    [BindProperty]
    public LogHoursInput Input { get; set; } = new();

    public LogHoursChoices? Choices { get; private set; }

    /// <summary>Set when a service behind the page did not answer: said plainly above the form.</summary>
    public string? Unavailable { get; private set; }

    private const string SignInAgain =
        "The volunteering service did not accept your sign-in. Sign out and sign in again; what you entered is still below.";

    public DateOnly Today => UkCalendar.Today(time);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new LogHoursInput { Id = Guid.NewGuid(), Date = Today };
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        CheckDuration();
        await LoadChoicesAsync(cancellationToken);
        // The service refuses a log without a role; say so next to the field before asking it.
        if (Choices is { Roles.Count: > 0 } && string.IsNullOrWhiteSpace(Input.Role))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Role)}", "Select the role you volunteered in");
        }
        if (Input.Date > Today)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Date)}", "Date you volunteered must be today or in the past");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await SubmitAsync(cancellationToken);
            return RedirectToPage("Hours", new { logged = Input.Id });
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<LogHoursInput>(e.Errors, nameof(Input), Durations.ServiceFields);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "Your hours have not been sent because the volunteering service is not answering. " +
                          "What you entered is still below: try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = SignInAgain;
        }
        return Page();
    }

    /// <summary>For the phone's queue: 200 sent (or already sent), 400 refused with field errors, 503 try later.</summary>
    public async Task<IActionResult> OnPostSyncAsync(CancellationToken cancellationToken)
    {
        CheckDuration();
        if (!ModelState.IsValid)
        {
            return BadRequest(new ValidationProblemDetails(ModelState));
        }
        try
        {
            var log = await SubmitAsync(cancellationToken);
            return new JsonResult(new { log.Id, log.Status });
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<LogHoursInput>(e.Errors, nameof(Input), Durations.ServiceFields);
            return BadRequest(new ValidationProblemDetails(ModelState));
        }
        catch (ServiceUnavailableException)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        catch (ServiceAccessDeniedException)
        {
            return Unauthorized();
        }
    }

    private int? _minutes;

    private void CheckDuration()
    {
        (_minutes, var error) = Durations.Parse(Input.Hours, Input.Minutes);
        if (error is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Hours)}", error);
        }
    }

    private Task<HourLogResponse> SubmitAsync(CancellationToken cancellationToken) =>
        volunteering.SubmitHoursAsync(User.VolunteerId(), new HourLogRequest(
            Input.Id!.Value, Input.OrganisationId!.Value, Input.ActivityId,
            string.IsNullOrWhiteSpace(Input.Role) ? null : Input.Role.Trim(),
            Input.Date!.Value, _minutes!.Value,
            string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim()), cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var volunteerId = User.VolunteerId();
        try
        {
            Choices = await options.LoadAsync(volunteerId, cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            Choices = options.LastKnown(volunteerId);
            Unavailable = Choices is null
                ? "Your organisations cannot be shown right now because the volunteering service is not answering. Try again in a few minutes."
                : "The volunteering service is not answering right now, so your hours may not be sent. What you enter is kept.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = SignInAgain;
        }
    }
}
