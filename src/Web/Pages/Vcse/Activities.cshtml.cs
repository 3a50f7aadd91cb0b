using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>The organisation's activities in every status, with publishing and withdrawing.</summary>
public sealed class ActivitiesModel(DirectoryActivitiesClient directory) : VcsePageModel
{
    [TempData]
    public string? Done { get; set; }

    public IReadOnlyList<ActivityResponse> Activities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Activities = await TryLoadAsync(() => directory.ListAsync(cancellationToken), "Your activities") ?? [];

    public Task<IActionResult> OnPostPublishAsync(Guid id, string? name, CancellationToken cancellationToken) =>
        ChangeStatusAsync(() => directory.PublishAsync(id, DirectoryActivitiesClient.AnyVersion, cancellationToken), $"{name} is published: link workers can now find it.", "The activity was not published", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, string? name, CancellationToken cancellationToken) =>
        ChangeStatusAsync(() => directory.WithdrawAsync(id, DirectoryActivitiesClient.AnyVersion, cancellationToken), $"{name} is withdrawn: link workers no longer see it.", "The activity was not withdrawn", cancellationToken);

    // Publishing and withdrawing set a status, so a concurrent edit to the details does not matter: any version will do.
    private async Task<IActionResult> ChangeStatusAsync(Func<Task> change, string done, string notDone, CancellationToken cancellationToken)
    {
        if (await TryChangeAsync<ActivityInput>(change, notDone))
        {
            Done = done;
            return RedirectToPage();
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
