using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker;

public sealed class DigestInput
{
    [Required(ErrorMessage = "Select whether you want the daily email")]
    public string? Preference { get; set; }
}

/// <summary>
/// The signed-in link worker's own reminders: one email each working day morning listing how many of their referrals
/// are past the first-contact target and how many of their requests expire unanswered soon; or none.
/// </summary>
[Authorize(Roles = Roles.LinkWorker)]
public sealed class DigestModel(ReferralsClient referrals) : ServicePageModel
{
    [BindProperty]
    public DigestInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(ReminderChoices.Email, "Yes, email me each working day", "Only on days when something needs you."),
        new(ReminderChoices.None, "No, I will check my caseload myself"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Input.Preference = (await TryLoadAsync(() => referrals.DigestAsync(cancellationToken), "Your choice"))?.Preference;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid
            && await TryChangeAsync<DigestInput>(() => referrals.SetDigestAsync(Input.Preference!, cancellationToken), "Your choice was not saved"))
        {
            Done = "Your choice is saved.";
            return RedirectToPage();
        }
        return Page();
    }
}
