using SocialPrescribing.Web.Pages.LinkWorker;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports;

/// <summary>The referrals service's enum values ("self-referral", "follow-up", "white-british") said in words for a report.</summary>
public static class ReportWords
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["gp-practice"] = "GP practice",
        [ReferralSources.SelfReferral] = "Self-referral",
        ["vcse"] = "VCSE organisation",
        [ReferralStatuses.FollowUp] = "Follow-up",
    };

    public static string Source(string source) => Known.GetValueOrDefault(source) ?? ReferralText.Words(source);

    public static string Status(string status) => Known.GetValueOrDefault(status) ?? ReferralText.Words(status);

    /// <summary>"white-british" → "White British" (census categories keep their capitals); "not given" stays as it is.</summary>
    public static string Ethnicity(string ethnicity) =>
        ethnicity.Contains('-') ? string.Join(' ', ethnicity.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])) : ethnicity;

    /// <summary>The equity-of-access tables in the order the page and the CSV show them.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<EquityRow> Rows)> EquitySections(ReferralsReport report) =>
    [
        ("deprivation decile", report.ByDeprivationDecile),
        ("ethnicity", [.. report.ByEthnicity.Select(r => r with { Group = Ethnicity(r.Group) })]),
        ("first language", report.ByFirstLanguage),
        ("carer status", report.ByCarerStatus),
    ];
}
