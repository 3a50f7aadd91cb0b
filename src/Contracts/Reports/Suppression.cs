using System.Globalization;

namespace SocialPrescribing.Contracts.Reports;

/// <summary>
/// Small-number suppression, the one rule for every report of every service: a count under 5 could point at a
/// person, so it is shown as "&lt;5".
/// </summary>
public static class Suppression
{
    public const int Threshold = 5;
    public const string Suppressed = "<5";

    public static string Count(long count) => count < Threshold ? Suppressed : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure worked out over <paramref name="people"/>, withheld (null) when they are fewer than 5.</summary>
    public static T? Over<T>(int people, Func<T> figure) where T : struct => people < Threshold ? null : figure();

    /// <summary>
    /// A total beside rows of counts: withheld (null) when any row is under 5, because the total less the rows
    /// shown would give back the row that was hidden.
    /// </summary>
    public static string? TotalOf(long total, IEnumerable<long> rows) => rows.Any(r => r < Threshold) ? null : Count(total);

    /// <summary>
    /// One total broken down several ways (by source, by status, …), each breakdown adding up to it. The total is
    /// withheld (null) when any row of any breakdown is under 5, as <see cref="TotalOf"/>; a breakdown with every
    /// row shown would then add up to the total all the same, so its smallest row is withheld (null) too. Rows come
    /// back in the order given; a row under 5 reads "&lt;5".
    /// </summary>
    public static (string? Total, IReadOnlyList<IReadOnlyList<string?>> Breakdowns) TotalOfBreakdowns(long total, params IReadOnlyList<long>[] breakdowns)
    {
        // Under 5 in all, every row is "<5" too: nothing is left to subtract.
        if (total < Threshold || !breakdowns.Any(rows => rows.Any(r => r < Threshold)))
        {
            return (Count(total), [.. breakdowns.Select(rows => (IReadOnlyList<string?>)[.. rows.Select(r => (string?)Count(r))])]);
        }
        return (null, [.. breakdowns.Select(WithoutTheTotal)]);
    }

    private static IReadOnlyList<string?> WithoutTheTotal(IReadOnlyList<long> rows)
    {
        var complement = rows.Any(r => r < Threshold) || rows.Count == 0 ? -1 : rows.ToList().IndexOf(rows.Min());
        return [.. rows.Select((r, i) => i == complement ? null : (string?)Count(r))];
    }
}
