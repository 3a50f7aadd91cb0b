using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// Edits an activity's details. The version read when the page opened goes back with the change,
/// so if someone else saved in between nothing is overwritten: the page shows what they changed,
/// keeps what this person typed, and a second save replaces theirs knowingly.
/// </summary>
public sealed class EditActivityModel(DirectoryActivitiesClient directory) : ActivityFormModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The ETag of the version the form was filled from.</summary>
    [BindProperty]
    public string Version { get; set; } = "";

    public override bool IsNew => false;

    public string Title { get; private set; } = "Edit activity";

    /// <summary>Set when someone else saved first: where their version and this form differ.</summary>
    public IReadOnlyList<(string Field, string? Saved, string? Yours)>? StaleDifferences { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await TryLoadAsync(() => directory.GetAsync(Id, cancellationToken), "The activity") is { } current)
        {
            Input = ActivityInput.From(current.Value);
            Version = current.ETag;
            Title = $"Edit {current.Value.Name}";
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            // The API replaces the whole activity: what this form does not show is sent back as it is now.
            var saved = await TryChangeAsync<ActivityInput>(async () =>
            {
                var current = await directory.GetAsync(Id, cancellationToken);
                await directory.UpdateAsync(Id, Input.ToRequest(current.Value), Version, cancellationToken);
            }, "Your changes were not saved");
            if (saved)
            {
                TempData[nameof(ActivitiesModel.Done)] = $"Your changes to {Input.Name?.Trim()} are saved.";
                return RedirectToPage("Activities");
            }
        }
        catch (StaleEditException)
        {
            if (await TryLoadAsync(() => directory.GetAsync(Id, cancellationToken), "The activity as it is now") is { } now)
            {
                StaleDifferences = Input.DifferencesFrom(now.Value);
                Version = now.ETag;
            }
        }
        return Page();
    }
}
