using System.Text.RegularExpressions;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports;

/// <summary>The referrals service's enum names ("SelfReferral", "FollowUp", "WhiteBritish") said in words for a report.</summary>
public static partial class ReportWords
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["GpPractice"] = "GP practice",
        ["SelfReferral"] = "Self-referral",
        ["Vcse"] = "VCSE organisation",
        ["FollowUp"] = "Follow-up",
    };

    public static string Source(string source) => Known.GetValueOrDefault(source) ?? Sentence(source);

    public static string Status(string status) => Known.GetValueOrDefault(status) ?? Sentence(status);

    /// <summary>"WhiteBritish" → "White British" (census categories keep their capitals).</summary>
    public static string Ethnicity(string ethnicity) => CapitalInside().Replace(ethnicity, " $1");

    /// <summary>The equity-of-access tables in the order the page and the CSV show them.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<EquityRow> Rows)> EquitySections(ReferralsReport report) =>
    [
        ("deprivation decile", report.ByDeprivationDecile),
        ("ethnicity", [.. report.ByEthnicity.Select(r => r with { Group = Ethnicity(r.Group) })]),
        ("first language", report.ByFirstLanguage),
        ("carer status", report.ByCarerStatus),
    ];

    private static string Sentence(string name)
    {
        var spaced = CapitalInside().Replace(name, " $1").ToLowerInvariant();
        return spaced.Length == 0 ? spaced : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex CapitalInside();
}
