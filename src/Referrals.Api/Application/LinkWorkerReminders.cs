using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Notifications;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Reminders;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// One digest per link worker per working day (<see cref="LinkWorkerDigestTiming"/>), kinder than a message per
/// referral: how many of their referrals are past the first-contact target (<see cref="FirstContact"/>, as the caseload
/// flags them) and how many of their connection requests expire unanswered by the next working day. Counts only, no
/// names: the caseload shows which. Its key (link worker and day) records it once however often it is raised.
/// </summary>
public sealed class LinkWorkerReminders(ReferralsContext db, IWorkingDayCalendar calendar, ReminderDays days, TimeProvider time) : IReminderRule
{
    public const string Template = "link-worker-digest";
    public const string RecipientKind = "link-worker";

    public static string Key(Guid linkWorkerId, DateOnly day) => $"link-worker-digest:{linkWorkerId}:{day:yyyy-MM-dd}";

    public async Task<int> RecordDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (LinkWorkerDigestTiming.DigestDayAt(WorkingDays.UkLocalTimeOf(now), calendar) is not { } today || days.AreDone(Template, today))
        {
            return 0;
        }
        var waiting = await db.Referrals.AsNoTracking()
            .Where(r => r.LinkWorkerId != null && (r.Status == ReferralStatus.Received || r.Status == ReferralStatus.AwaitingTriage))
            .Select(r => new { LinkWorkerId = r.LinkWorkerId!.Value, r.Status, r.Urgency, r.ReceivedAt })
            .ToListAsync(cancellationToken);
        var overdue = waiting
            .Where(r => FirstContact.IsOverdue(r.Status, r.Urgency, WorkingDays.UkDateOf(r.ReceivedAt), today, calendar))
            .CountBy(r => r.LinkWorkerId)
            .ToDictionary();
        var expiringBy = LinkWorkerDigestTiming.NearingExpiryBy(today, calendar);
        var expiring = (await db.Connections.AsNoTracking()
                .Where(c => c.Status == ConnectionStatus.Requested && c.AnswerDueBy <= expiringBy && c.AnswerDueBy >= today)
                .Join(db.Referrals.Where(r => r.LinkWorkerId != null), c => c.ReferralId, r => r.Id, (c, r) => r.LinkWorkerId!.Value)
                .ToListAsync(cancellationToken))
            .CountBy(id => id)
            .ToDictionary();
        var ids = overdue.Keys.Union(expiring.Keys).ToList();
        var linkWorkers = await db.LinkWorkers.AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken);

        var recorded = 0;
        foreach (var linkWorker in linkWorkers)
        {
            var added = await db.QueueAsync(Key(linkWorker.Id, today), Template,
                new Recipient(RecipientKind, linkWorker.Id, linkWorker.Reminders, linkWorker.Email, null),
                linkWorker.Id,
                new Dictionary<string, string>
                {
                    ["name"] = linkWorker.Name ?? "",
                    ["overdue_first_contacts"] = overdue.GetValueOrDefault(linkWorker.Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["requests_nearing_expiry"] = expiring.GetValueOrDefault(linkWorker.Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
                now, cancellationToken);
            recorded += added && await db.SaveQueuedAsync(cancellationToken) ? 1 : 0;
        }
        days.MarkDone(Template, today);
        return recorded;
    }
}
