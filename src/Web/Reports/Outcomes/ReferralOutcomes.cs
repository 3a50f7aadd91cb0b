using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>Referrals, connections, wellbeing change and equity by deprivation, from the referrals service's quarterly report.</summary>
public sealed class ReferralOutcomes(ReferralReportsClient reports) : IOutcomeSource
{
    public const string Source = "Referrals service: referrals report";

    public string Service => ReferralReportsClient.ServiceName;

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken)
    {
        var report = await reports.ReferralsAsync(query.Quarter.From, query.Quarter.To, cancellationToken);
        var period = query.Quarter.Name;
        OutcomeMeasure Measure(string section, string name, string? value, string definition) =>
            new(section, name, ReportFormat.Given(value), definition, Source, period);

        var measures = new List<OutcomeMeasure>
        {
            Measure("Referrals", "Referrals received", report.Referrals, "Referrals received in the quarter, from every route, whatever their status now."),
            Measure("Referrals", "Self-referrals", report.BySource.FirstOrDefault(r => r.Group == ReferralSources.SelfReferral)?.Referrals ?? Suppression.Suppressed,
                "Referrals the person made themselves (on the public website or by contacting the team) received in the quarter."),
        };
        measures.AddRange(report.BySource.Where(r => r.Group != ReferralSources.SelfReferral).Select(r => Measure("Referrals", $"Referrals from {ReportWords.Source(r.Group)}", r.Referrals,
            $"Referrals received in the quarter whose route was {ReportWords.Source(r.Group).ToLowerInvariant()}.")));
        measures.Add(Measure("Connected", "Referrals connected", report.ToConnection.Referrals,
            "Referrals received in the quarter that reached \"connected\": the person was agreed with an activity or a volunteer."));
        measures.Add(Measure("Connected", "Median days to connection", report.ToConnection.MedianDays is { } days ? ReportFormat.Number(Math.Round((decimal)days, 1)) : null,
            "Median calendar days from receiving a referral to its connection, over the referrals connected; not shown under 5."));
        foreach (var row in report.WellbeingBySource)
        {
            var cohort = ReportWords.Source(row.Cohort);
            measures.Add(Measure("Wellbeing change", $"Life satisfaction change (ONS4), {cohort}", Change(row.MeanLifeSatisfactionChange),
                $"Mean change in ONS4 life satisfaction (0 to 10, a rise is better) from first to latest measure, over {row.People} people referred by this route and measured twice; not shown under 5."));
            measures.Add(Measure("Wellbeing change", $"SWEMWBS change, {cohort}", Change(row.MeanSwemwbsMetricChange),
                $"Mean change in the SWEMWBS metric score (7 to 35, a rise is better) from first to latest measure, over the people referred by this route and measured twice; not shown under 5."));
        }
        if (report.DeprivationSource is null)
        {
            measures.Add(new("Equity", "Referrals by deprivation decile", "Not available", report.DeprivationNote, Source, period));
        }
        foreach (var row in report.ByDeprivationDecile)
        {
            measures.Add(Measure("Equity", $"Referrals, deprivation decile {row.Group}", row.Referrals, $"Referrals received in the quarter from people living in decile {row.Group}. {report.DeprivationNote}"));
            measures.Add(Measure("Equity", $"Connected, deprivation decile {row.Group}", row.Connected, $"Of those referrals, how many were connected. {report.DeprivationNote}"));
        }
        return measures;
    }

    private static string? Change(double? change) => change is { } c ? c.ToString("+0.00;−0.00;0.00", System.Globalization.CultureInfo.InvariantCulture) : null;
}
