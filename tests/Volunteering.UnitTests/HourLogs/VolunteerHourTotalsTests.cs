using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using static SocialPrescribing.Volunteering.UnitTests.HourLogs.HourLogExamples;

namespace SocialPrescribing.Volunteering.UnitTests.HourLogs;

public class VolunteerHourTotalsTests
{
    [Fact]
    public void Totals_for_week_month_and_year_keep_approved_and_waiting_time_apart()
    {
        // Today is Sunday 8 June 2025: ISO week Mon 2 – Sun 8 June.
        HourLog[] logs =
        [
            Approved(Content(new DateOnly(2025, 6, 2), hours: 2)),   // week, month, year
            Submitted(Content(new DateOnly(2025, 6, 8), hours: 1)),  // week, month, year (waiting)
            Approved(Content(new DateOnly(2025, 6, 1), hours: 3)),   // Sunday of last week: month, year
            Approved(Content(new DateOnly(2025, 1, 10), hours: 4)),  // year
            Approved(Content(new DateOnly(2024, 12, 31), hours: 5)), // last year: none
            Rejected(Content(new DateOnly(2025, 6, 3), hours: 6)),   // rejected: none
            Approved(Content(new DateOnly(2025, 6, 4), hours: 7, volunteer: Guid.NewGuid())), // someone else
        ];

        var totals = VolunteerHourTotals.For(Volunteer, logs, Today);

        Assert.Equal(new PeriodHours(new DatePeriod(new(2025, 6, 2), new(2025, 6, 8)), TimeSpan.FromHours(2), TimeSpan.FromHours(1)), totals.Week);
        Assert.Equal(new PeriodHours(new DatePeriod(new(2025, 6, 1), new(2025, 6, 30)), TimeSpan.FromHours(5), TimeSpan.FromHours(1)), totals.Month);
        Assert.Equal(new PeriodHours(new DatePeriod(new(2025, 1, 1), new(2025, 12, 31)), TimeSpan.FromHours(9), TimeSpan.FromHours(1)), totals.Year);
    }

    [Fact]
    public void An_iso_week_can_span_two_years()
    {
        // Wednesday 1 January 2025 is in the week Monday 30 December 2024 – Sunday 5 January 2025.
        Assert.Equal(new DatePeriod(new(2024, 12, 30), new(2025, 1, 5)), UkCalendar.IsoWeekOf(new DateOnly(2025, 1, 1)));
    }
}
