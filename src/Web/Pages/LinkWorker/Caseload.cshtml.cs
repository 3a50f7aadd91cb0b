using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>
/// The team's open referrals: first those needing attention (a first contact overdue for its urgency,
/// or a connection request a provider has not answered), then all by status in the lifecycle's order.
/// </summary>
public sealed class CaseloadModel(ReferralsClient referrals, TimeProvider time) : PageModel
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

    public DateOnly Today => UkCalendar.Today(time);

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

    public bool FirstContactOverdue(CaseloadEntry entry) =>
        entry.Status == "Received" && WorkingDaysBetween(DateOnly.FromDateTime(entry.ReceivedAt.UtcDateTime), Today) > ReferralText.FirstContactWorkingDays(entry.Urgency);

    public bool AnswerOverdue(CaseloadEntry entry) => entry.OldestRequestDueBy < Today;

    /// <summary>Why an entry needs attention now, or null: overdue first contacts first, then overdue answers, then waiting ones.</summary>
    public (int Order, string Why)? Attention(CaseloadEntry entry) =>
        FirstContactOverdue(entry) ? (0, "First contact overdue")
        : AnswerOverdue(entry) ? (1, $"Connection request not answered by {entry.OldestRequestDueBy!.Value.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}")
        : entry.RequestsAwaitingAnswer > 0 ? (2, entry.RequestsAwaitingAnswer == 1 ? "1 connection request waiting for an answer" : $"{entry.RequestsAwaitingAnswer} connection requests waiting for an answer")
        : null;

    public IReadOnlyList<(CaseloadEntry Entry, string Why)> NeedingAttention =>
        [.. Entries.Select(e => (Entry: e, Attention: Attention(e))).Where(x => x.Attention is not null)
            .OrderBy(x => x.Attention!.Value.Order).ThenByDescending(x => x.Entry.SafeguardingConcern).ThenBy(x => x.Entry.ReceivedAt)
            .Select(x => (x.Entry, x.Attention!.Value.Why))];

    public IEnumerable<CaseloadEntry> At(string status) =>
        Entries.Where(e => e.Status == status)
            .OrderBy(e => Attention(e)?.Order ?? int.MaxValue).ThenByDescending(e => e.SafeguardingConcern).ThenBy(e => e.ReceivedAt);

    /// <summary>Weekdays after <paramref name="from"/> up to and including <paramref name="to"/> (bank holidays not counted out).</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            days += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }
        return days;
    }
}
