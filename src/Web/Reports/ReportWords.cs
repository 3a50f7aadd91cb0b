using System.Text.RegularExpressions;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports;

/// <summary>The referrals service's enum names ("SelfReferral", "FollowUp") said in words for a report.</summary>
public static partial class ReportWords
{
    public static string Source(string source) => Words(source);

    public static string Status(string status) => Words(status);

    /// <summary>The equity-of-access tables in the order the page and the CSV show them.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<EquityCount> Rows)> EquitySections(ReferralsReport report) =>
    [
        ("deprivation decile", report.ByDeprivationDecile),
        ("ethnicity", report.ByEthnicity),
        ("first language", report.ByFirstLanguage),
        ("carer status", report.ByCarerStatus),
    ];

    private static string Words(string name)
    {
        var spaced = CapitalInside().Replace(name, " $1").ToLowerInvariant();
        return spaced.Length == 0 ? spaced : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CapitalInside();
}
