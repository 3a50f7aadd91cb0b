using System.Globalization;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>
/// What makes a log's content acceptable: a volunteer and organisation, a role, a duration in whole
/// minutes above zero and at most 24 hours, a date that is not after today in the UK, and no more
/// than 24 hours on one day for one person across their submitted and approved logs.
/// </summary>
public static class HourLogRules
{
    public static readonly TimeSpan MaxPerDay = TimeSpan.FromHours(24);
    public const int MaxRoleLength = 100;
    public const int MaxNoteLength = 2000;

    /// <param name="content">The content to check (already normalised by the caller or not: text is checked trimmed).</param>
    /// <param name="now">The moment of the check; "today" is its Europe/London date.</param>
    /// <param name="volunteersLogs">Other logs of the volunteer; those on other days, rejected, or with <paramref name="logId"/> are ignored.</param>
    /// <param name="logId">The log being edited, so its own earlier duration is not counted twice.</param>
    public static IReadOnlyDictionary<string, string[]> Validate(
        HourLogContent content, DateTimeOffset now, IEnumerable<HourLog> volunteersLogs, Guid? logId = null)
    {
        var errors = new FieldErrors();
        if (content.VolunteerId == Guid.Empty) errors.Add("volunteerId", "A volunteer is required.");
        if (content.OrganisationId == Guid.Empty) errors.Add("organisationId", "An organisation is required.");
        var role = content.Role?.Trim() ?? "";
        errors.RequireText("role", role, "A role is required.");
        if (role.Length > MaxRoleLength) errors.Add("role", $"Must be at most {MaxRoleLength} characters.");
        if (content.Note?.Trim().Length > MaxNoteLength) errors.Add("note", $"Must be at most {MaxNoteLength} characters.");

        var today = UkCalendar.DateOf(now);
        if (content.Date > today)
        {
            errors.Add("date", $"The date must be today or in the past (today in the UK is {Day(today)}).");
        }

        if (CheckDuration(errors, content.Duration))
        {
            var already = LoggedOn(content.VolunteerId, content.Date, volunteersLogs, logId);
            if (already + content.Duration > MaxPerDay)
            {
                errors.Add("duration",
                    $"With {Format(already)} already logged on {Day(content.Date)} this makes {Format(already + content.Duration)}; one person's day has at most 24 hours.");
            }
        }
        return errors.ToDictionary();
    }

    /// <summary>A date as people in the UK write it: 6 December 2026.</summary>
    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Time the volunteer has logged on the date, counting the logs that claim time (<see cref="HourLogStatuses.ClaimsTime"/>).</summary>
    public static TimeSpan LoggedOn(Guid volunteerId, DateOnly date, IEnumerable<HourLog> logs, Guid? exceptLogId = null) =>
        logs.Where(l => l.Content.VolunteerId == volunteerId
                        && l.Content.Date == date
                        && l.Status.ClaimsTime()
                        && l.Id != exceptLogId)
            .Aggregate(TimeSpan.Zero, (total, l) => total + l.Content.Duration);

    private static bool CheckDuration(FieldErrors errors, TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            errors.Add("duration", "Must be more than zero.");
        }
        else if (duration > MaxPerDay)
        {
            errors.Add("duration", "Must be at most 24 hours.");
        }
        else if (duration.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            errors.Add("duration", "Must be a whole number of minutes.");
        }
        else
        {
            return true;
        }
        return false;
    }

    private static string Format(TimeSpan time) => $"{(int)time.TotalHours} h {time.Minutes} min";
}
