using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// Connection requests link workers sent to the organisation: those waiting for an answer first,
/// each accepted here or declined (with a reason) on its own page; then those already answered.
/// </summary>
public sealed class RequestsModel(ProviderConnectionsClient referrals, DirectoryActivitiesClient directory, DirectorySearchClient taxonomy) : VcsePageModel
{
    [TempData]
    public string? Done { get; set; }

    public IReadOnlyList<ProviderConnection> Waiting { get; private set; } = [];
    public IReadOnlyList<ProviderConnection> Answered { get; private set; } = [];
    private IReadOnlyDictionary<Guid, string> _activityNames = new Dictionary<Guid, string>();
    private IReadOnlyDictionary<string, string> _termNames = new Dictionary<string, string>();

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
        if (requests.Any(r => r.Referral is { NeedTermIds.Count: > 0 }))
        {
            await LoadTermNamesAsync(cancellationToken);
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

    private async Task LoadTermNamesAsync(CancellationToken cancellationToken)
    {
        try
        {
            _termNames = (await taxonomy.TaxonomyTermsAsync(cancellationToken)).ToDictionary(t => t.Term, t => t.Name);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            // The codes are shown instead of the names.
        }
    }

    /// <summary>The person's needs by name (their codes when the directory cannot say).</summary>
    public string NeedsOf(SharedReferral referral) =>
        referral.NeedTermIds.Count == 0 ? "None recorded yet" : string.Join(", ", referral.NeedTermIds.Select(id => _termNames.GetValueOrDefault(id, id)));

    public string ForWhat(ProviderConnection request) =>
        request.TargetKind == TargetKinds.Activity
            ? _activityNames.TryGetValue(request.TargetId, out var name) ? name : "One of your activities"
            : "A volunteer";
}
