using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>
/// A person's referral: its timeline, what matters, needs, plan, wellbeing over time, the matcher's
/// suggestions with their reasons, and the connections, with a link to each thing a link worker does next.
/// Each part the services cannot give is said plainly; the rest of the page still shows.
/// </summary>
public sealed class ReferralModel(ReferralsClient referrals, DirectorySearchClient directory, MatchingSuggestions matching) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ReferralView? Case { get; private set; }
    public PersonSummary? Person => Case?.Person;
    public string? Unavailable { get; private set; }

    /// <summary>Live suggestions with reasons; null when the matcher cannot give them (the recorded ones show instead).</summary>
    public IReadOnlyList<Suggested>? Suggestions { get; private set; }
    public string? SuggestionsProblem { get; private set; }

    public IReadOnlyDictionary<string, string> TermNames { get; private set; } = new Dictionary<string, string>();

    public string? Saved => TempData["Saved"] as string;

    /// <summary>A GP system's closed referral: the message back as the practice's system reads it (FHIR JSON), when it can be had.</summary>
    public string? MessageBackJson { get; private set; }

    /// <summary>Why the message back could not be resent, said on the page.</summary>
    public string? ResendProblem { get; private set; }

    public WellbeingChart? Ons4Chart => Case is null ? null : WellbeingChart.Ons4(Case.Measurements);
    public WellbeingChart? SwemwbsChart => Case is null ? null : WellbeingChart.Swemwbs(Case.Measurements);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Case = await referrals.ReferralAsync(Id, cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "The referral cannot be shown right now because the referrals service is not answering. Try again in a few minutes.";
            return;
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = "The referrals service did not accept your sign-in, or this referral is not on your team's caseload.";
            return;
        }
        await LoadTermNamesAsync(cancellationToken);
        await LoadSuggestionsAsync(cancellationToken);
        await LoadActivityNamesAsync(cancellationToken);
        await LoadMessageBackAsync(cancellationToken);
    }

    /// <summary>Announces the message back to the GP practice's system again (e.g. the practice says it never arrived).</summary>
    public async Task<IActionResult> OnPostResendMessageBackAsync(CancellationToken cancellationToken)
    {
        try
        {
            var origin = await referrals.ResendMessageBackAsync(Id, cancellationToken);
            TempData["Saved"] = $"The message back was sent again to {origin.PracticeName ?? origin.PracticeOdsCode}.";
            return RedirectToPage();
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException or ServiceValidationException)
        {
            ResendProblem = "The message back could not be sent again because the referrals service did not accept it. Try again in a few minutes.";
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private async Task LoadMessageBackAsync(CancellationToken cancellationToken)
    {
        if (Case is not { GpOrigin: not null, Referral.IsOpen: false })
        {
            return;
        }
        try
        {
            var task = await referrals.MessageBackAsync(Id, cancellationToken);
            MessageBackJson = System.Text.Json.JsonSerializer.Serialize(task, IndentedJson);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            // The summary above still says what was sent.
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    /// <summary>
    /// Who made a change, by name: the signed-in link worker as "You"; colleagues by the display name the referrals
    /// service recorded from their access token; a GP practice's system by its practice; a service or someone it has no name for, plainly.
    /// </summary>
    public string Who(string actorId) =>
        actorId == User.FindFirst(SocialPrescribing.Authorization.ClaimNames.Subject)?.Value ? $"You ({User.Identity?.Name})"
        : Case?.GpOrigin is { } gp && gp.ClientId == actorId ? $"The system of {gp.PracticeName ?? gp.PracticeOdsCode}"
        : Case?.ActorNames?.GetValueOrDefault(actorId) ?? "A member of staff";

    public string TermName(string id) => TermNames.GetValueOrDefault(id, id);

    /// <summary>The name the referrals service recorded for the connection; for one made before it kept names, the matcher's name for the activity.</summary>
    public string NameOf(Connection connection) =>
        _activityNames.GetValueOrDefault(connection.TargetId) ?? connection.Name;

    private readonly Dictionary<Guid, string> _activityNames = [];

    public string ConnectPath(string kind, Guid candidate, string name) =>
        $"/link-worker/referrals/{Id}/connect?kind={kind}&target={candidate}&name={Uri.EscapeDataString(name)}";

    private async Task LoadTermNamesAsync(CancellationToken cancellationToken)
    {
        try
        {
            TermNames = (await directory.TaxonomyTermsAsync(cancellationToken)).ToDictionary(t => t.Id.ToString(), t => t.Name, StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            // The ids are shown instead of the names.
        }
    }

    /// <summary>Names for activity connections made before the referrals service recorded them.</summary>
    private async Task LoadActivityNamesAsync(CancellationToken cancellationToken)
    {
        var unnamed = Case!.Connections.Where(c => c.TargetKind == TargetKinds.Activity && c.TargetName is null).Select(c => c.TargetId).Distinct();
        try
        {
            foreach (var id in unnamed)
            {
                if (await matching.ActivityAsync(id, cancellationToken) is { } activity)
                {
                    _activityNames[id] = activity.Name;
                }
            }
        }
        catch (Exception e) when (e is ServiceUnavailableException or Grpc.Core.RpcException)
        {
            // Shown by kind and id instead.
        }
    }

    private async Task LoadSuggestionsAsync(CancellationToken cancellationToken)
    {
        if (Case is not { Referral.IsOpen: true })
        {
            return;
        }
        try
        {
            Suggestions = await matching.SuggestAsync(Id, cancellationToken);
            SuggestionsProblem = Suggestions is null ? "The matcher does not know this referral's needs yet; suggestions appear a moment after they are saved." : null;
        }
        catch (Exception e) when (e is ServiceUnavailableException or Grpc.Core.RpcException)
        {
            SuggestionsProblem = "The matcher is not answering, so no suggestions can be shown just now. Try again in a few minutes, or use the directory search.";
        }
    }
}
