using SocialPrescribing.Web.Pages.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>
/// The chosen programme's social return on investment for the quarter, from the volunteering service's SROI report with
/// its default assumptions and its latest valuation set; nothing when no programme is chosen.
/// </summary>
public sealed class SroiOutcomes(SroiClient sroi) : IOutcomeSource
{
    public const string Source = "Volunteering service: SROI report";

    public string Service => "volunteering";

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken)
    {
        if (query.Programme is not { } scope)
        {
            return [];
        }
        var period = query.Quarter.Name;
        var set = (await sroi.ValuationSetsAsync(cancellationToken)).MaxBy(s => s.Version);
        if (set is null)
        {
            return [new("SROI", "SROI ratio", "Not available", "No valuation set is stored, so outcomes cannot be valued.", Source, period)];
        }
        var input = new SroiReportInput { From = query.Quarter.From, To = query.Quarter.To, ValuationSetId = set.Id };
        SroiReportResponse report;
        try
        {
            report = await sroi.ReportAsync(SroiRequests.Of(input, scope), cancellationToken);
        }
        catch (ServiceValidationException e)
        {
            return [new("SROI", "SROI ratio", "Not available", string.Join(" ", e.Errors.Keys.Contains("investment") ? [SroiModel.NoInvestment] : e.Errors.Values.SelectMany(m => m)), Source, period)];
        }
        var totals = report.Report.Totals;
        var valued = $"Valued with {set.Set.Name} (version {set.Version}) and the report's default assumptions; the SROI report shows every adjustment.";
        return
        [
            new("SROI", $"SROI ratio, {report.ProgrammeName ?? "all programmes"}", $"£{ReportFormat.Ratio(totals.Ratio)} : £1",
                $"Present value of the outcomes for each pound invested in the quarter. {valued}", Source, period),
            new("SROI", "Present value of outcomes", ReportFormat.Money(totals.PresentValue), $"Volunteer time and wellbeing change, valued and discounted. {valued}", Source, period),
            new("SROI", "Investment", ReportFormat.Money(totals.Investment), "Money recorded as invested in the programme for the quarter.", Source, period),
        ];
    }
}
