using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>
/// The team's open referrals, searched by name or NHS number, filtered, sorted and paged by the referrals
/// service (a plain GET form, so it works without JavaScript). By default what is overdue comes first:
/// a first contact late for its urgency, a provider's answer past its day, a plan review past its date.
/// </summary>
public sealed class CaseloadModel(ReferralsClient referrals) : PageModel
{
    private static readonly CultureInfo UkEnglish = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The lifecycle's open statuses (as the referrals service spells them) with their words here.</summary>
    public static readonly IReadOnlyList<(string Status, string Heading)> Stages =
    [
        (ReferralStatuses.Received, "Waiting for first contact"),
        (ReferralStatuses.Contacted, "Contacted"),
        (ReferralStatuses.Assessed, "Plan agreed"),
        (ReferralStatuses.Connecting, "Connecting"),
        (ReferralStatuses.Connected, "Connected"),
        (ReferralStatuses.FollowUp, "Follow-up"),
    ];

    /// <summary>Most urgent first, as the filter offers them.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Urgencies = [.. ReferralText.Urgencies.Reverse().Select(u => (u.Value, u.Label))];

    /// <summary>The service's caseload sorts; the first is its default.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
    [
        (DefaultSort, "Needs attention first"),
        ("received", "Longest waiting first"),
        ("last-contact", "Longest since last contact first"),
        ("urgency", "Most urgent first"),
        ("name", "Family name, A to Z"),
    ];

    public const string DefaultSort = "attention";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Urgency { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"p", because Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<CaseloadEntry>? Result { get; private set; }
    public string? Unavailable { get; private set; }

    public bool Searching => !string.IsNullOrWhiteSpace(Q) || Status is not null || Urgency is not null || Overdue;

    public int PageCount => Result is null ? 0 : Math.Max(1, (Result.TotalItems + Result.PerPage - 1) / Result.PerPage);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Only values this page offers go on to the service, so a hand-edited address cannot cause an error.
        Status = Stages.Any(s => s.Status == Status) ? Status : null;
        Urgency = Urgencies.Any(u => u.Value == Urgency) ? Urgency : null;
        Sort = Sorts.Any(s => s.Value == Sort) ? Sort : null;
        PageNumber = Math.Max(1, PageNumber);
        if (User.TeamId() is not { } team)
        {
            Unavailable = "Your account is not in a link-worker team, so there is no caseload to show. Ask your administrator.";
            return;
        }
        try
        {
            Result = await referrals.CaseloadAsync(team, new CaseloadQuery(Q?.Trim(), Status, Urgency, Overdue ? true : null, Sort, PageNumber), cancellationToken);
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

    /// <summary>What needs doing about a referral now, most pressing first; each is shown as a tag.</summary>
    public static IEnumerable<(string Text, bool Overdue)> Flags(CaseloadEntry entry)
    {
        if (entry.FirstContactOverdue)
        {
            yield return ("First contact overdue", true);
        }
        if (entry is { PlanReviewOverdue: true, PlanReviewOn: { } review })
        {
            yield return ($"Plan review overdue: was due {Day(review)}", true);
        }
        if (entry is { AnswerOverdue: true, OldestRequestDueBy: { } due })
        {
            yield return ($"Connection request not answered by {Day(due)}", true);
        }
        else if (entry.RequestsAwaitingAnswer > 0)
        {
            yield return (entry.RequestsAwaitingAnswer == 1 ? "1 connection request waiting for an answer" : $"{entry.RequestsAwaitingAnswer} connection requests waiting for an answer", false);
        }
        if (entry.SafeguardingConcern)
        {
            yield return ("Safeguarding concern", true);
        }
    }

    public string OwnerOf(CaseloadEntry entry) =>
        entry.Owner is null ? "Not known"
        : entry.Owner == User.FindFirst(SocialPrescribing.Authorization.ClaimNames.Subject)?.Value ? "You"
        : entry.Owner;

    public static string StatusText(string status) => Stages.FirstOrDefault(s => s.Status == status).Heading ?? ReferralText.Status(status);

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", UkEnglish);

    public static string Day(DateTimeOffset at) => Day(UkCalendar.DateOf(at));

    /// <summary>This search again, at another page.</summary>
    public string PagePath(int page) =>
        "/link-worker/caseload" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Q, ["status"] = Status, ["urgency"] = Urgency, ["overdue"] = Overdue ? "true" : null, ["sort"] = Sort,
            ["p"] = page.ToString(CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
