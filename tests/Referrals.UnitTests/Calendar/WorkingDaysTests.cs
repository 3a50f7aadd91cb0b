using SocialPrescribing.Referrals.Domain.Calendar;

namespace SocialPrescribing.Referrals.UnitTests.Calendar;

public class WorkingDaysTests
{
    [Fact]
    public void The_start_day_is_not_counted_and_weekends_are_skipped()
    {
        // Friday 6 Feb 2026 + 1 working day: Sat and Sun skipped → Monday 9 Feb.
        Assert.Equal(new DateOnly(2026, 2, 9), WorkingDays.Add(new DateOnly(2026, 2, 6), 1, WeekdayCalendar.Instance));
    }

    [Fact]
    public void Ten_working_days_over_easter_skip_the_bank_holidays()
    {
        // From Thu 17 Apr 2025: Fri 18 (Good Friday), Sat, Sun, Mon 21 (Easter Monday) skipped;
        // Tue 22 = 1, Wed 23 = 2, Thu 24 = 3, Fri 25 = 4, Mon 28 = 5, Tue 29 = 6, Wed 30 = 7,
        // Thu 1 May = 8, Fri 2 May = 9, Mon 5 May (early May holiday) skipped, Tue 6 May = 10.
        Assert.Equal(new DateOnly(2025, 5, 6), WorkingDays.Add(new DateOnly(2025, 4, 17), 10, new EnglandAndWalesBankHolidays()));

        // Weekdays only: Fri 18 = 1, Mon 21 = 2, 22 = 3, 23 = 4, 24 = 5, 25 = 6, 28 = 7, 29 = 8, 30 = 9, Thu 1 May = 10.
        Assert.Equal(new DateOnly(2025, 5, 1), WorkingDays.Add(new DateOnly(2025, 4, 17), 10, WeekdayCalendar.Instance));
    }

    [Fact]
    public void Between_counts_working_days_after_the_first_date_up_to_and_including_the_second()
    {
        // (Fri 6 Feb, Fri 13 Feb 2026]: Mon 9 … Fri 13 = 5.
        Assert.Equal(5, WorkingDays.Between(new DateOnly(2026, 2, 6), new DateOnly(2026, 2, 13), WeekdayCalendar.Instance));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2026, 2, 6), new DateOnly(2026, 2, 8), WeekdayCalendar.Instance));
    }

    [Fact]
    public void Dates_are_taken_in_the_uk_so_late_evening_utc_in_summer_is_already_tomorrow()
    {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July; in January UTC and UK time agree.
        Assert.Equal(new DateOnly(2025, 7, 1), WorkingDays.UkDateOf(new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 1, 30), WorkingDays.UkDateOf(new DateTimeOffset(2026, 1, 30, 23, 30, 0, TimeSpan.Zero)));
    }
}
