using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// Changes how many places an activity has. Places held for people already referred stay held,
/// so the directory refuses a number below them; a change made meanwhile by someone else is not overwritten unseen.
/// </summary>
public sealed class ActivityPlacesModel(DirectoryActivitiesClient directory) : VcsePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public PlacesInput Input { get; set; } = new();

    [BindProperty]
    public string Version { get; set; } = "";

    public ActivityResponse? Activity { get; private set; }

    public IReadOnlyList<(string Field, string? Saved, string? Yours)>? StaleDifferences { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } current)
        {
            Input.TotalPlaces = current.Value.TotalPlaces;
            Version = current.ETag;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                if (await TryChangeAsync<PlacesInput>(() => directory.ChangeCapacityAsync(Id, Input.TotalPlaces, Version, cancellationToken), "The number of places was not changed"))
                {
                    TempData[nameof(ActivitiesModel.Done)] = Input.TotalPlaces is { } places
                        ? $"The activity now has {places} places."
                        : "The activity now takes everyone who comes.";
                    return RedirectToPage("Activities");
                }
            }
            catch (StaleEditException)
            {
                if (await LoadAsync(cancellationToken) is { } now)
                {
                    StaleDifferences = [("Number of places", Describe(now.Value.TotalPlaces), Describe(Input.TotalPlaces))];
                    Version = now.ETag;
                }
                return Page();
            }
        }
        Activity = (await LoadAsync(cancellationToken))?.Value;
        return Page();
    }

    private static string Describe(int? places) => places?.ToString() ?? "No limit";

    private async Task<Versioned<ActivityResponse>?> LoadAsync(CancellationToken cancellationToken)
    {
        var current = await TryLoadAsync(() => directory.GetAsync(Id, cancellationToken), "The activity");
        Activity = current?.Value;
        return current;
    }
}
