using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Reminders;

namespace SocialPrescribing.Referrals.UnitTests.Reminders;

public class ActivityScheduleTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static ActivitySchedule Weekly(int interval, DateOnly? from, params DayOfWeek[] days) =>
        new(ScheduleFrequency.Weekly, interval, days, null, null, from, null, null);

    [Theory]
    // Every Monday and Wednesday: Monday 7 and Wednesday 9 December 2026, not Tuesday 8th or Sunday 6th.
    [InlineData("2026-12-07", true)]
    [InlineData("2026-12-09", true)]
    [InlineData("2026-12-08", false)]
    [InlineData("2026-12-06", false)]
    public void A_weekly_activity_runs_on_its_weekdays(string day, bool runs)
    {
        Assert.Equal(runs, Weekly(1, null, DayOfWeek.Monday, DayOfWeek.Wednesday).OccursOn(D(day)));
    }

    [Theory]
    // Fortnightly on Mondays from Monday 30 November 2026: 30 Nov, 14 Dec, 28 Dec; not 7 or 21 Dec.
    [InlineData("2026-11-30", true)]
    [InlineData("2026-12-07", false)]
    [InlineData("2026-12-14", true)]
    [InlineData("2026-12-21", false)]
    [InlineData("2026-12-28", true)]
    public void A_fortnightly_activity_counts_its_weeks_from_when_it_started(string day, bool runs)
    {
        Assert.Equal(runs, Weekly(2, D("2026-11-30"), DayOfWeek.Monday).OccursOn(D(day)));
    }

    [Fact]
    public void An_activity_does_not_run_before_it_starts_or_after_it_ends()
    {
        var autumnTerm = Weekly(1, D("2026-09-07"), DayOfWeek.Monday) with { ValidTo = D("2026-12-14") };

        Assert.False(autumnTerm.OccursOn(D("2026-08-31")));
        Assert.True(autumnTerm.OccursOn(D("2026-12-14")));
        Assert.False(autumnTerm.OccursOn(D("2026-12-21")));
    }

    [Theory]
    // First Tuesday of the month: 1 December 2026 and 5 January 2027, not Tuesday 29 December.
    [InlineData("1TU", "2026-12-01", true)]
    [InlineData("1TU", "2027-01-05", true)]
    [InlineData("1TU", "2026-12-29", false)]
    // Last Friday: 25 December 2026, 29 January 2027 and 26 February 2027 (a 28-day month).
    [InlineData("-1FR", "2026-12-25", true)]
    [InlineData("-1FR", "2027-01-29", true)]
    [InlineData("-1FR", "2027-02-26", true)]
    [InlineData("-1FR", "2027-01-22", false)]
    public void A_monthly_activity_runs_on_its_nth_weekday(string byDay, string day, bool runs)
    {
        var schedule = new ActivitySchedule(ScheduleFrequency.Monthly, 1, [], byDay, null, null, null, null);

        Assert.Equal(runs, schedule.OccursOn(D(day)));
    }

    [Fact]
    public void A_monthly_activity_on_a_day_of_the_month_runs_every_interval_months_from_its_start()
    {
        // The 15th, every other month from September 2026: September, November, January.
        var schedule = new ActivitySchedule(ScheduleFrequency.Monthly, 2, [], null, 15, D("2026-09-15"), null, null);

        Assert.True(schedule.OccursOn(D("2026-11-15")));
        Assert.False(schedule.OccursOn(D("2026-12-15")));
        Assert.True(schedule.OccursOn(D("2027-01-15")));
        Assert.False(schedule.OccursOn(D("2026-11-16")));
    }

    [Fact]
    public void A_one_off_activity_runs_on_its_date_only()
    {
        var schedule = new ActivitySchedule(ScheduleFrequency.Once, 0, [], null, null, null, null, D("2026-12-12"));

        Assert.True(schedule.OccursOn(D("2026-12-12")));
        Assert.False(schedule.OccursOn(D("2026-12-19")));
    }

    [Theory]
    // Winter (GMT): 10:00 UTC is 10:00 in the UK, so Monday 7 December's reminders for Tuesday 8th go out.
    [InlineData("2026-12-07T10:00:00Z", "2026-12-08")]
    [InlineData("2026-12-07T09:59:00Z", null)]
    [InlineData("2026-12-07T19:59:00Z", "2026-12-08")]
    [InlineData("2026-12-07T20:00:00Z", null)]
    // Summer (BST): 09:30 UTC is 10:30 in the UK.
    [InlineData("2026-07-01T09:30:00Z", "2026-07-02")]
    [InlineData("2026-07-01T19:30:00Z", null)]
    public void Reminders_for_tomorrow_s_sessions_go_between_10am_and_8pm_UK_time(string utc, string? sessionDay)
    {
        var ukNow = WorkingDays.UkLocalTimeOf(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(sessionDay is null ? null : D(sessionDay), ActivityReminderTiming.SessionDayToRemindAt(ukNow));
    }
}
