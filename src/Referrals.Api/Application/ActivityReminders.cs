using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Notifications;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Reminders;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Reminds a person the day before each session of an activity they are connected to (accepted or
/// attending), by the way agreed on their referral. One per connection and session day (its key), so
/// replicas and reruns record it once. Runs once a day per replica (<see cref="ReminderDays"/>), from
/// 10:00 UK time; outside that, a tick costs nothing.
/// </summary>
public sealed class ActivityReminders(ReferralsContext db, IActivitySchedules directory, ReminderDays days, TimeProvider time) : IReminderRule
{
    public const string Template = "activity-tomorrow";
    private static readonly ConnectionStatus[] Connected = [ConnectionStatus.Accepted, ConnectionStatus.Attended];
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Key(Guid connectionId, DateOnly sessionDay) => $"activity:{connectionId}:{sessionDay:yyyy-MM-dd}";

    public async Task<int> RecordDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (ActivityReminderTiming.SessionDayToRemindAt(WorkingDays.UkLocalTimeOf(now)) is not { } sessionDay || days.AreDone(Template, sessionDay))
        {
            return 0;
        }
        var connections = await db.Connections.AsNoTracking()
            .Where(c => c.TargetKind == ConnectionTargetKind.Activity && Connected.Contains(c.Status))
            .Join(db.Referrals, c => c.ReferralId, r => r.Id, (c, r) => new { Connection = c, Referral = r })
            .Join(db.People, cr => cr.Referral.PersonId, p => p.Id, (cr, p) => new { cr.Connection, cr.Referral, Person = p })
            .ToListAsync(cancellationToken);
        var activities = await directory.ForAsync([.. connections.Select(c => c.Connection.TargetId).Distinct()], cancellationToken);

        var recorded = 0;
        foreach (var due in connections)
        {
            if (!activities.TryGetValue(due.Connection.TargetId, out var activity)
                || activity.Schedules.FirstOrDefault(s => s.OccursOn(sessionDay)) is not { } session)
            {
                continue;
            }
            var person = due.Person;
            var added = await db.QueueAsync(Key(due.Connection.Id, sessionDay), Template,
                new Recipient("person", person.Id, due.Referral.Reminders, person.Email, person.Mobile),
                due.Referral.Id,
                new Dictionary<string, string>
                {
                    ["first_name"] = person.PreferredName ?? person.GivenName,
                    ["activity_name"] = activity.Name,
                    ["session_date"] = sessionDay.ToString("dddd d MMMM", English),
                    ["opens_at"] = session.OpensAt?.ToString("h:mmtt", English).ToLowerInvariant() ?? "",
                },
                now, cancellationToken);
            recorded += added && await db.SaveQueuedAsync(cancellationToken) ? 1 : 0;
        }
        days.MarkDone(Template, sessionDay);
        return recorded;
    }
}
