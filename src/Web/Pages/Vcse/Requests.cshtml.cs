using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// Connection requests link workers sent to the organisation: those waiting for an answer first,
/// each accepted here or declined (with a reason) on its own page; then those already answered.
/// </summary>
public sealed class RequestsModel(ProviderConnectionsClient referrals, DirectoryActivitiesClient directory) : VcsePageModel
{
    [TempData]
    public string? Done { get; set; }

    public IReadOnlyList<ProviderConnection> Waiting { get; private set; } = [];
    public IReadOnlyList<ProviderConnection> Answered { get; private set; } = [];
    private IReadOnlyDictionary<Guid, string> _activityNames = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var requests = await TryLoadAsync(() => referrals.ListAsync(Organisation, cancellationToken), "Connection requests") ?? [];
        Waiting = [.. requests.Where(r => r.WaitsForAnswer).OrderBy(r => r.AnswerDueBy ?? DateOnly.MaxValue)];
        Answered = [.. requests.Where(r => !r.WaitsForAnswer)];
        if (requests.Count > 0)
        {
            // Names only make the list easier to read: without the directory the ids stay hidden behind "an activity".
            var activities = await TryLoadAsync(() => directory.ListAsync(cancellationToken), "Activity names");
            _activityNames = activities?.ToDictionary(a => a.Id, a => a.Name) ?? [];
        }
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        if (await TryChangeAsync<object>(() => referrals.AnswerAsync(Organisation, connectionId, accept: true, reason: null, cancellationToken), "The request was not accepted"))
        {
            Done = "The request is accepted; the link worker is told.";
            return RedirectToPage();
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public string ForWhat(ProviderConnection request) =>
        request.TargetKind == "Activity"
            ? _activityNames.TryGetValue(request.TargetId, out var name) ? name : "One of your activities"
            : "A volunteer";
}
