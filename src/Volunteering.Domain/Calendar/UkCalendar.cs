namespace SocialPrescribing.Volunteering.Domain.Calendar;

/// <summary>
/// Volunteers live by the clock in Great Britain: "today", weeks and months are Europe/London
/// dates, so a log made at 00:30 BST belongs to the new day even though UTC is still on the old one.
/// </summary>
public static class UkCalendar
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The ISO 8601 week (Monday to Sunday) holding the date.</summary>
    public static DatePeriod IsoWeekOf(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return new DatePeriod(monday, monday.AddDays(6));
    }

    public static DatePeriod MonthOf(DateOnly date)
    {
        var first = new DateOnly(date.Year, date.Month, 1);
        return new DatePeriod(first, first.AddMonths(1).AddDays(-1));
    }

    public static DatePeriod YearOf(DateOnly date) => new(new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31));
}
