using System.Collections.Concurrent;

namespace SocialPrescribing.Referrals.Domain.Calendar;

/// <summary>
/// Monday to Friday less the bank holidays of England and Wales, worked out from the standing
/// rules (Banking and Financial Dealings Act 1971 and the yearly proclamations as listed on
/// gov.uk/bank-holidays) with substitute days when a holiday falls at a weekend. One-off days
/// and moved holidays are listed below; a proclamation after this was written can be added
/// through <c>extraHolidays</c> without a release.
/// </summary>
public sealed class EnglandAndWalesBankHolidays(IEnumerable<DateOnly>? extraHolidays = null) : IWorkingDayCalendar
{
    private static readonly DateOnly[] OneOffHolidays =
    [
        new(1999, 12, 31), // Millennium
        new(2002, 6, 3),   // Golden Jubilee
        new(2011, 4, 29),  // Royal wedding
        new(2012, 6, 5),   // Diamond Jubilee
        new(2022, 6, 3),   // Platinum Jubilee
        new(2022, 9, 19),  // State funeral of Queen Elizabeth II
        new(2023, 5, 8),   // Coronation of King Charles III
    ];

    // Standing holidays moved by proclamation: usual date → date observed instead.
    private static readonly Dictionary<DateOnly, DateOnly> MovedHolidays = new()
    {
        [new(1995, 5, 1)] = new(1995, 5, 8),  // Early May → VE Day 50th anniversary
        [new(2002, 5, 27)] = new(2002, 6, 4), // Spring → Golden Jubilee
        [new(2012, 5, 28)] = new(2012, 6, 4), // Spring → Diamond Jubilee
        [new(2020, 5, 4)] = new(2020, 5, 8),  // Early May → VE Day 75th anniversary
        [new(2022, 5, 30)] = new(2022, 6, 2), // Spring → Platinum Jubilee
    };

    private readonly HashSet<DateOnly> _extra = [.. extraHolidays ?? []];
    private readonly ConcurrentDictionary<int, IReadOnlySet<DateOnly>> _byYear = new();

    public bool IsWorkingDay(DateOnly date) =>
        !WeekdayCalendar.IsWeekend(date) && !HolidaysIn(date.Year).Contains(date) && !_extra.Contains(date);

    /// <summary>The bank holidays in England and Wales for one year (as observed, after substitution).</summary>
    public IReadOnlySet<DateOnly> HolidaysIn(int year) => _byYear.GetOrAdd(year, Compute);

    private static IReadOnlySet<DateOnly> Compute(int year)
    {
        var easter = EasterSunday(year);
        var standing = new[]
        {
            easter.AddDays(-2), // Good Friday
            easter.AddDays(1),  // Easter Monday
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        }.Select(d => MovedHolidays.GetValueOrDefault(d, d));

        var observed = new HashSet<DateOnly>(standing);
        // Fixed-date holidays falling at a weekend move to the next weekday not already a holiday,
        // which gives both the Christmas Day and Boxing Day substitutes in the right order.
        foreach (var fixedDate in new DateOnly[] { new(year, 1, 1), new(year, 12, 25), new(year, 12, 26) })
        {
            var day = fixedDate;
            while (WeekdayCalendar.IsWeekend(day) || observed.Contains(day))
            {
                day = day.AddDays(1);
            }
            observed.Add(day);
        }
        observed.UnionWith(OneOffHolidays.Where(d => d.Year == year));
        return observed;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
