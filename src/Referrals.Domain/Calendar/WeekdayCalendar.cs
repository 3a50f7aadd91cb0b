namespace SocialPrescribing.Referrals.Domain.Calendar;

/// <summary>Monday to Friday are working days; no holidays. The least any deployment needs.</summary>
public sealed class WeekdayCalendar : IWorkingDayCalendar
{
    public static readonly WeekdayCalendar Instance = new();

    public bool IsWorkingDay(DateOnly date) => !IsWeekend(date);

    internal static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
