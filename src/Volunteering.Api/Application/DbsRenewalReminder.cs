using System.Globalization;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Notifications;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>The reminder to a volunteer that their DBS check needs renewing, at each warning stage (60, 30 and 7 days before).</summary>
public static class DbsRenewalReminder
{
    public const string Template = "dbs-renewal";
    public const string RecipientKind = "volunteer";

    /// <summary>One per volunteer, renewal date and stage: a renewal has a new date and is reminded about afresh.</summary>
    public static string Key(Guid volunteerId, DateOnly renewBy, int stage) => $"dbs:{volunteerId}:{renewBy:yyyy-MM-dd}:{stage}";

    public static Task<bool> QueueAsync(VolunteeringContext db, Volunteer volunteer, DateOnly renewBy, int stage, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.QueueAsync(Key(volunteer.Id, renewBy, stage), Template,
            new Recipient(RecipientKind, volunteer.Id, volunteer.Reminders, volunteer.Email, volunteer.Phone),
            volunteer.Id,
            new Dictionary<string, string>
            {
                ["first_name"] = volunteer.FirstName,
                ["renew_by"] = renewBy.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
                ["days_left"] = (renewBy.DayNumber - UkCalendar.DateOf(now).DayNumber).ToString(CultureInfo.InvariantCulture),
            },
            now, cancellationToken);
}
