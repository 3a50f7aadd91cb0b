namespace SocialPrescribing.Referrals.Domain.Reminders;

/// <summary>
/// When an activity's sessions happen, as the directory publishes it (Open Referral UK's schedule):
/// once on <see cref="Date"/>; weekly on <see cref="Weekdays"/> every <see cref="Interval"/> weeks; or
/// monthly every <see cref="Interval"/> months on a day of the month or an nth weekday ("1TU", "-1FR").
/// Intervals count from <see cref="ValidFrom"/>; without it every week or month is a session one.
/// </summary>
public sealed record ActivitySchedule(
    ScheduleFrequency Frequency,
    int Interval,
    IReadOnlyList<DayOfWeek> Weekdays,
    string? ByDay,
    int? ByMonthDay,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    DateOnly? Date,
    TimeOnly? OpensAt = null)
{
    public bool OccursOn(DateOnly day)
    {
        if (day < ValidFrom || day > ValidTo)
        {
            return false;
        }
        var every = Math.Max(Interval, 1);
        return Frequency switch
        {
            ScheduleFrequency.Once => day == Date,
            ScheduleFrequency.Weekly => Weekdays.Contains(day.DayOfWeek) && WeeksSinceStart(day) % every == 0,
            ScheduleFrequency.Monthly => MonthsSinceStart(day) % every == 0 && IsMonthlyDay(day),
            _ => false,
        };
    }

    private int WeeksSinceStart(DateOnly day) =>
        ValidFrom is { } from ? (MondayOf(day).DayNumber - MondayOf(from).DayNumber) / 7 : 0;

    private int MonthsSinceStart(DateOnly day) =>
        ValidFrom is { } from ? ((day.Year - from.Year) * 12) + day.Month - from.Month : 0;

    private bool IsMonthlyDay(DateOnly day)
    {
        if (ByMonthDay is { } monthDay)
        {
            return day.Day == monthDay;
        }
        if (ByDay is not { Length: >= 3 } byDay || !int.TryParse(byDay[..^2], out var nth) || WeekdayCodes.Parse(byDay[^2..]) is not { } weekday)
        {
            return false;
        }
        if (day.DayOfWeek != weekday)
        {
            return false;
        }
        var daysInMonth = DateTime.DaysInMonth(day.Year, day.Month);
        // The 1st..7th is the first such weekday; counting from the end, the last seven days hold the last one.
        return nth > 0 ? (day.Day - 1) / 7 == nth - 1 : (daysInMonth - day.Day) / 7 == -nth - 1;
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

public enum ScheduleFrequency
{
    Once,
    Weekly,
    Monthly,
}
