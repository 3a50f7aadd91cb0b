using System.Globalization;
using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>One breakdown of the diversity report as a table (see <c>_DiversityTable</c>), and how its figures read.</summary>
public sealed record DiversityTable(string Caption, string GroupHeader, IReadOnlyList<DiversityRow> Rows)
{
    public static string Hours(decimal? hours) => hours is { } given ? ReportFormat.Number(given) : ReportFormat.Withheld;

    public static string Roles(int? roles) => roles?.ToString(CultureInfo.InvariantCulture) ?? ReportFormat.Withheld;

    /// <summary>"+3", "-1.5", "0", or <see cref="ReportFormat.Withheld"/> where either quarter's figure is not shown.</summary>
    public static string Change(decimal? change) => change switch
    {
        null => ReportFormat.Withheld,
        > 0 => "+" + ReportFormat.Number(change.Value),
        _ => ReportFormat.Number(change.Value),
    };

    public static string Percent(double? percent) => ReportFormat.Share(percent);
}
