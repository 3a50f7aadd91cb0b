using SocialPrescribing.Referrals.Domain.Calendar;

namespace SocialPrescribing.Referrals.Domain.Reminders;

/// <summary>
/// A link worker gets one digest each working day, from 09:00 UK time, so it is waiting at the start of
/// the day: overdue first contacts, and connection requests that expire unanswered by the next working day.
/// </summary>
public static class LinkWorkerDigestTiming
{
    public static readonly TimeOnly SendFrom = new(9, 0);
    public static readonly TimeOnly SendUntil = new(17, 0);

    /// <summary>The working day whose digest is due at this UK local time, or null outside working hours and days.</summary>
    public static DateOnly? DigestDayAt(DateTime ukLocalNow, IWorkingDayCalendar calendar)
    {
        var (day, time) = (DateOnly.FromDateTime(ukLocalNow), TimeOnly.FromDateTime(ukLocalNow));
        return calendar.IsWorkingDay(day) && time >= SendFrom && time < SendUntil ? day : null;
    }

    /// <summary>A request "nears expiry" when its last day to answer is today or the next working day.</summary>
    public static DateOnly NearingExpiryBy(DateOnly today, IWorkingDayCalendar calendar) => WorkingDays.Add(today, 1, calendar);
}
