using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>The volunteer chooses how they are reminded of their DBS renewal: email, text message, or not at all.</summary>
public sealed class RemindersModel(VolunteeringClient volunteering) : PageModel
{
    [BindProperty]
    public RemindersInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public string? Problem { get; private set; }
    public ReminderSettingsResponse? Settings { get; private set; }

    public IReadOnlyList<Choice> Choices =>
    [
        new("email", "By email", Settings is { HasEmail: false } ? "You have not given us an email address." : null),
        new("text", "By text message", Settings is { HasPhone: false } ? "You have not given us a mobile number." : null),
        new("none", "No reminders", "You will need to remember your renewal dates yourself."),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Preference = Settings?.Preference;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await volunteering.SetRemindersAsync(User.VolunteerId(), Input.Preference!, cancellationToken);
                Done = saved.Preference switch
                {
                    "email" => "Saved: we will remind you by email.",
                    "text" => "Saved: we will remind you by text message.",
                    _ => "Saved: we will not send you reminders.",
                };
                return RedirectToPage();
            }
            catch (ServiceValidationException e)
            {
                ModelState.AddServiceErrors<RemindersInput>(e.Errors, nameof(Input));
            }
            catch (ServiceUnavailableException)
            {
                Problem = "Your choice was not saved because the volunteering service is not answering. Try again in a few minutes.";
            }
            catch (ServiceAccessDeniedException)
            {
                Problem = "The volunteering service did not accept your sign-in. Sign out and sign in again.";
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Settings = await volunteering.RemindersAsync(User.VolunteerId(), cancellationToken);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            Problem ??= "Your reminder choice cannot be shown right now because the volunteering service is not answering. Try again in a few minutes.";
        }
    }
}
