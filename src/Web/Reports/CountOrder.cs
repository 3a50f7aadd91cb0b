using System.Globalization;
using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Web.Reports;

/// <summary>Rows of counts as a service gave them (numbers, or "&lt;5"), the largest first and the suppressed last, then by name.</summary>
public static class CountOrder
{
    public static List<(string Group, string Count)> LargestFirst(IEnumerable<(string Group, string Count)> rows) =>
        [.. rows.OrderByDescending(r => ValueOf(r.Count)).ThenBy(r => r.Group, StringComparer.CurrentCultureIgnoreCase)];

    private static long ValueOf(string count) =>
        count != Suppression.Suppressed && long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
