namespace SocialPrescribing.Referrals.Domain.Reminders;

/// <summary>
/// A person connected to an activity is reminded the day before each session, from 10:00 UK time so
/// that nobody is texted early in the morning or late at night.
/// </summary>
public static class ActivityReminderTiming
{
    public static readonly TimeOnly SendFrom = new(10, 0);
    public static readonly TimeOnly SendUntil = new(20, 0);

    /// <summary>The session day whose reminders are due at this UK local time, or null outside the sending hours.</summary>
    public static DateOnly? SessionDayToRemindAt(DateTime ukLocalNow)
    {
        var time = TimeOnly.FromDateTime(ukLocalNow);
        return time >= SendFrom && time < SendUntil ? DateOnly.FromDateTime(ukLocalNow).AddDays(1) : null;
    }
}
