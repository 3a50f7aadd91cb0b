using SocialPrescribing.Volunteering.Domain.Calendar;

namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>Time in one period, approved and still waiting kept apart (rejected time is not counted).</summary>
public sealed record PeriodHours(DatePeriod Period, TimeSpan Approved, TimeSpan Submitted);

/// <summary>
/// A volunteer's own totals for the ISO week (Monday to Sunday), the calendar month and the
/// calendar year holding "today" (a Europe/London date, see <see cref="UkCalendar.Today"/>).
/// </summary>
public sealed record VolunteerHourTotals(PeriodHours Week, PeriodHours Month, PeriodHours Year)
{
    public static VolunteerHourTotals For(Guid volunteerId, IEnumerable<HourLog> logs, DateOnly today)
    {
        var own = logs.Where(l => l.Content.VolunteerId == volunteerId).ToList();
        return new VolunteerHourTotals(
            Sum(own, UkCalendar.IsoWeekOf(today)),
            Sum(own, UkCalendar.MonthOf(today)),
            Sum(own, UkCalendar.YearOf(today)));
    }

    private static PeriodHours Sum(IReadOnlyList<HourLog> logs, DatePeriod period)
    {
        var inPeriod = logs.Where(l => period.Contains(l.Content.Date)).ToList();
        return new PeriodHours(period, Total(inPeriod, HourLogStatus.Approved), Total(inPeriod, HourLogStatus.Submitted));
    }

    private static TimeSpan Total(IEnumerable<HourLog> logs, HourLogStatus status) =>
        logs.Where(l => l.Status == status).Aggregate(TimeSpan.Zero, (total, l) => total + l.Content.Duration);
}
