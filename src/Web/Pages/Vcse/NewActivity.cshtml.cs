using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>Lists a new activity as a draft; it is published from the activities page.</summary>
public sealed class NewActivityModel(DirectoryActivitiesClient directory) : ActivityFormModel
{
    public override bool IsNew => true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid
            && await TryChangeAsync<ActivityInput>(() => directory.CreateAsync(Input.ToRequest(null), cancellationToken), "The activity was not saved"))
        {
            TempData[nameof(ActivitiesModel.Done)] = $"{Input.Name?.Trim()} is saved as a draft. Publish it when link workers may refer people to it.";
            return RedirectToPage("Activities");
        }
        return Page();
    }
}
