using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports;

/// <summary>The referrals report as one long table (section, group, measure, value), counts as the service gave them ("&lt;5").</summary>
public static class ReferralsCsv
{
    public static string Write(ReferralsReport report)
    {
        var csv = new CsvTable("section", "group", "measure", "value");
        csv.Row("period", "", "from", report.From.ToString("yyyy-MM-dd"))
            .Row("period", "", "to", report.To.ToString("yyyy-MM-dd"))
            .Row("referrals", "all", "referrals", ReportFormat.Given(report.Referrals));
        foreach (var row in report.BySource) csv.Row("referrals by source", ReportWords.Source(row.Group), "referrals", ReportFormat.Given(row.Referrals));
        foreach (var row in report.ByStatus) csv.Row("referrals by status", ReportWords.Status(row.Group), "referrals", ReportFormat.Given(row.Referrals));
        foreach (var (name, waiting) in new[] { ("to first contact", report.ToFirstContact), ("to connection", report.ToConnection) })
        {
            csv.Row("waiting time", name, "referrals", waiting.Referrals)
                .Row("waiting time", name, "median days", waiting.MedianDays is { } days ? Math.Round(days, 1) : null);
        }
        foreach (var row in report.WellbeingBySource)
        {
            var cohort = ReportWords.Source(row.Cohort);
            csv.Row("wellbeing change", cohort, "people", row.People)
                .Row("wellbeing change", cohort, "ONS4 life satisfaction", Round(row.MeanLifeSatisfactionChange))
                .Row("wellbeing change", cohort, "ONS4 worthwhile", Round(row.MeanWorthwhileChange))
                .Row("wellbeing change", cohort, "ONS4 happiness", Round(row.MeanHappinessChange))
                .Row("wellbeing change", cohort, "ONS4 anxiety", Round(row.MeanAnxietyChange))
                .Row("wellbeing change", cohort, "SWEMWBS metric score", Round(row.MeanSwemwbsMetricChange));
        }
        csv.Row("equity: deprivation decile", "", "note", report.DeprivationNote);
        foreach (var (section, rows) in ReportWords.EquitySections(report))
        {
            foreach (var row in rows)
            {
                csv.Row($"equity: {section}", row.Group, "referrals", ReportFormat.Given(row.Referrals))
                    .Row($"equity: {section}", row.Group, "connected", row.Connected)
                    .Row($"equity: {section}", row.Group, "completed", row.Completed);
            }
        }
        return csv.ToString();
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
