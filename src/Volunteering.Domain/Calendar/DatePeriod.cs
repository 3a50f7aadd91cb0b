namespace SocialPrescribing.Volunteering.Domain.Calendar;

/// <summary>A span of calendar days, both ends included.</summary>
public readonly record struct DatePeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>
    /// The calendar months lying wholly inside the period, as the first day of the first of them and the first day
    /// after the last; both the same day when there is none. The days outside them are the period's ragged ends.
    /// </summary>
    public (DateOnly First, DateOnly End) WholeMonths()
    {
        var first = From.Day == 1 ? From : new DateOnly(From.Year, From.Month, 1).AddMonths(1);
        var afterTo = To.AddDays(1);
        var end = new DateOnly(afterTo.Year, afterTo.Month, 1);
        return end > first ? (first, end) : (first, first);
    }

    public override string ToString() => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
