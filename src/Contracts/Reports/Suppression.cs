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
}
