using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>The team's open referrals by status, in the order of the referral lifecycle; oldest first within each.</summary>
public sealed class CaseloadModel(ReferralsClient referrals) : PageModel
{
    /// <summary>The lifecycle's order (the referrals service spells statuses as its enum does).</summary>
    public static readonly IReadOnlyList<(string Status, string Heading)> Stages =
    [
        ("Received", "Waiting for first contact"),
        ("Contacted", "Contacted"),
        ("Assessed", "Plan agreed"),
        ("Connecting", "Connecting"),
        ("Connected", "Connected"),
        ("FollowUp", "Follow-up"),
    ];

    public IReadOnlyList<CaseloadEntry> Entries { get; private set; } = [];
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.TeamId() is not { } team)
        {
            Unavailable = "Your account is not in a link-worker team, so there is no caseload to show. Ask your administrator.";
            return;
        }
        try
        {
            Entries = await referrals.CaseloadAsync(team, cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "The caseload cannot be shown right now because the referrals service is not answering. Try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = "The referrals service did not accept your sign-in. Sign out and sign in again.";
        }
    }

    public IEnumerable<CaseloadEntry> At(string status) =>
        Entries.Where(e => e.Status == status).OrderByDescending(e => e.SafeguardingConcern).ThenBy(e => e.ReceivedAt);
}
