namespace SocialPrescribing.Referrals.Domain.Calendar;

/// <summary>Counting working days, on UK dates, for agreed response times.</summary>
public static class WorkingDays
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The date in the UK at that instant (a request sent at 23:30 UTC in summer is tomorrow's).</summary>
    public static DateOnly UkDateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, UkTime).DateTime);

    /// <summary>The UK wall-clock time of an instant (GMT or BST).</summary>
    public static DateTime UkLocalTimeOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, UkTime).DateTime;

    /// <summary>
    /// The date that is <paramref name="days"/> working days after <paramref name="start"/>;
    /// the start date itself is not counted, so a request sent on a Friday with 1 working day
    /// to answer has until the end of Monday.
    /// </summary>
    public static DateOnly Add(DateOnly start, int days, IWorkingDayCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (calendar.IsWorkingDay(date))
            {
                counted++;
            }
        }
        return date;
    }

    /// <summary>Working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>.</summary>
    public static int Between(DateOnly fromExclusive, DateOnly toInclusive, IWorkingDayCalendar calendar)
    {
        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }
}
