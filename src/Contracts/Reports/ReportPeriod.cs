using System.Globalization;

namespace SocialPrescribing.Contracts.Reports;

/// <summary>
/// The only period a report of people covers: one whole calendar quarter that has ended. Counts under five are
/// shown as "&lt;5", but a hidden count could be worked out by subtracting two reports whose periods differ by one
/// day, or one report asked on two days. Quarters never overlap and a quarter that has ended no longer grows, so
/// no two reports can be subtracted to uncover a hidden count. (Months within quarters would bring the attack back:
/// a quarter less two shown months is the third month.)
/// </summary>
public readonly record struct ReportPeriod
{
    private ReportPeriod(int year, int quarter)
    {
        Year = year;
        Quarter = quarter;
        From = new DateOnly(year, 3 * quarter - 2, 1);
        To = new DateOnly(year, 3 * quarter, DateTime.DaysInMonth(year, 3 * quarter));
    }

    public int Year { get; }

    /// <summary>1 (January to March) to 4 (October to December).</summary>
    public int Quarter { get; }

    public DateOnly From { get; }

    /// <summary>The quarter's last day, included.</summary>
    public DateOnly To { get; }

    /// <summary>"January to March 2026".</summary>
    public string Name => $"{MonthName(From)} to {MonthName(To)} {Year}";

    /// <summary>"2026-Q1": how a form names the quarter.</summary>
    public string Key => $"{Year}-Q{Quarter}";

    /// <summary>The last quarter to have ended before <paramref name="today"/>.</summary>
    public static ReportPeriod LastEnded(DateOnly today) => Containing(today).Previous();

    /// <summary>The <paramref name="count"/> quarters that ended last before <paramref name="today"/>, the latest first.</summary>
    public static IReadOnlyList<ReportPeriod> Ended(DateOnly today, int count)
    {
        var quarters = new List<ReportPeriod>(count);
        for (var quarter = LastEnded(today); quarters.Count < count; quarter = quarter.Previous())
        {
            quarters.Add(quarter);
        }
        return quarters;
    }

    public static bool TryParseKey(string? key, out ReportPeriod period)
    {
        period = default;
        if (key is not { Length: 7 } || key[4..6] != "-Q"
            || !int.TryParse(key[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1
            || !int.TryParse(key[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) || quarter is < 1 or > 4)
        {
            return false;
        }
        period = new ReportPeriod(year, quarter);
        return true;
    }

    /// <summary>
    /// The quarter a report was asked for by its first and last day; otherwise the reasons, by field
    /// (<c>from</c>, <c>to</c>), ready for a problem details answer.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Check(DateOnly? from, DateOnly? to, DateOnly today, out ReportPeriod period)
    {
        period = default;
        var errors = new Dictionary<string, string[]>();
        if (from is not { } first)
        {
            errors["from"] = ["The quarter's first day (from=yyyy-MM-dd) is required."];
        }
        else if (first.Day != 1 || first.Month % 3 != 1)
        {
            errors["from"] = ["Reports cover whole quarters: the first day must be 1 January, 1 April, 1 July or 1 October."];
        }
        var quarterEnd = errors.Count == 0 ? Containing(from!.Value).To : (DateOnly?)null;
        if (to is not { } last)
        {
            errors["to"] = ["The quarter's last day (to=yyyy-MM-dd) is required."];
        }
        else if (quarterEnd is { } end && last != end)
        {
            errors["to"] = [$"Reports cover whole quarters: the last day must be {end:yyyy-MM-dd}, the end of the quarter starting {from:yyyy-MM-dd}."];
        }
        else if (last >= today)
        {
            errors["to"] = ["Reports cover quarters that have ended, whose figures no longer change day by day."];
        }
        if (errors.Count == 0)
        {
            period = Containing(from!.Value);
        }
        return errors;
    }

    /// <summary>The quarter a day falls in.</summary>
    public static ReportPeriod Containing(DateOnly day) => new(day.Year, (day.Month + 2) / 3);

    /// <summary>The quarter before this one.</summary>
    public ReportPeriod Previous() => Quarter == 1 ? new ReportPeriod(Year - 1, 4) : new ReportPeriod(Year, Quarter - 1);

    private static string MonthName(DateOnly day) => day.ToString("MMMM", CultureInfo.InvariantCulture);
}
