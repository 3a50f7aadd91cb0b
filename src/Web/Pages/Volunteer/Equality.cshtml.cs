using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// The volunteer's optional equality information: given only with their explicit consent, and theirs to see, change
/// and withdraw (which deletes it). It is used only for reports of everyone's volunteering put together.
/// </summary>
public sealed class EqualityModel(VolunteeringClient volunteering) : ServicePageModel
{
    [BindProperty]
    public EqualityInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public EqualityResponse? Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Saved = await TryLoadAsync(() => volunteering.EqualityAsync(User.VolunteerId(), cancellationToken), "Your equality information");
        if (Saved is { Given: true })
        {
            Input = new EqualityInput { AgeBand = Saved.AgeBand, Ethnicity = Saved.Ethnicity, Disability = Saved.Disability, Consent = true };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Input.Consent)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(EqualityInput.Consent)}",
                "Select that you agree to us keeping this information, or leave this page without saving");
        }
        if (ModelState.IsValid && await TryChangeAsync<EqualityInput>(
                () => volunteering.SetEqualityAsync(User.VolunteerId(), Input.Consent, Input.AgeBand, Input.Ethnicity, Input.Disability, cancellationToken),
                "Your information was not saved"))
        {
            Done = "Your equality information has been saved. You can change or withdraw it here at any time.";
            return RedirectToPage();
        }
        Saved = await TryLoadAsync(() => volunteering.EqualityAsync(User.VolunteerId(), cancellationToken), "Your equality information");
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (await TryChangeAsync<EqualityInput>(() => volunteering.WithdrawEqualityAsync(User.VolunteerId(), cancellationToken), "Your information was not deleted"))
        {
            Done = "You have withdrawn your consent and your equality information has been deleted.";
            return RedirectToPage();
        }
        return Page();
    }
}
