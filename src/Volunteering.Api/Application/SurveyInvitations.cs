using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Notifications;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Volunteering.Domain.Calendar;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// Asks each volunteer with approved hours in the quarter, once a quarter, how volunteering is going. The
/// notification's key (volunteer and quarter) makes it once however often or on however many replicas this runs;
/// the dispatcher claims each before sending it, and a volunteer who opted out gets a record that is never sent.
/// </summary>
public sealed class SurveyInvitations(VolunteeringContext db, TimeProvider time) : IReminderRule
{
    public const string Template = "volunteer-survey";

    public static string Key(Guid volunteerId, string quarter) => $"survey:{volunteerId}:{quarter}";

    public async Task<int> RecordDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var quarter = ReportPeriod.Containing(UkCalendar.DateOf(now));
        var suffix = $":{quarter.Key}";
        var volunteered = ExperienceSurvey.Volunteered(db, quarter);
        var due = await db.Volunteers
            .Where(v => volunteered.Contains(v.Id)
                        && !db.SurveyAnswers.Any(a => a.VolunteerId == v.Id && a.Quarter == quarter.Key)
                        && !db.Notifications.Any(n => n.SubjectId == v.Id && n.Template == Template && n.Key.EndsWith(suffix)))
            .ToListAsync(cancellationToken);
        var recorded = 0;
        foreach (var volunteer in due)
        {
            var queued = await db.QueueAsync(Key(volunteer.Id, quarter.Key), Template,
                new Recipient(DbsRenewalReminder.RecipientKind, volunteer.Id, volunteer.Reminders, volunteer.Email, volunteer.Phone),
                volunteer.Id,
                new Dictionary<string, string> { ["first_name"] = volunteer.FirstName, ["quarter"] = quarter.Name },
                now, cancellationToken);
            recorded += queued ? 1 : 0;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (NotificationQueue.IsDuplicate(e))
        {
            // Another replica recorded them first: its records stand.
            return 0;
        }
        return recorded;
    }
}
