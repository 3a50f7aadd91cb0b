using SocialPrescribing.Web.Pages.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>Volunteers' experience and the spread of volunteering effort, from the volunteering service's diversity report.</summary>
public sealed class VolunteeringDiversityOutcomes(VolunteeringClient volunteering) : IOutcomeSource
{
    public const string Source = "Volunteering service: diversity of volunteering report";

    public string Service => VolunteeringClient.ServiceName;

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken)
    {
        var report = await volunteering.DiversityAsync(query.Quarter.From, query.Quarter.To, cancellationToken);
        var period = query.Quarter.Name;
        const string Section = "Volunteers' experience";
        return
        [
            new(Section, "Volunteers answering the quarterly survey", report.Survey.Respondents,
                "Volunteers with approved hours who answered the quarter's survey.", Source, period),
            new(Section, "Agree: \"I feel useful\"", DiversityTable.Percent(report.Survey.AgreeUsefulPercent),
                "Share of those answering who agree or strongly agree; not shown under 5 answers.", Source, period),
            new(Section, "Agree: \"I feel supported\"", DiversityTable.Percent(report.Survey.AgreeSupportedPercent),
                "Share of those answering who agree or strongly agree; not shown under 5 answers.", Source, period),
            .. report.ByDeprivationQuintile.Select(row => new OutcomeMeasure("Diversity of volunteering", $"Volunteers by area deprivation: {row.Group}",
                ReportFormat.Given(row.Current.Volunteers),
                "Volunteers with approved hours in the quarter, by the deprivation quintile of their home postcode district; the diversity report has age, ethnic group and disability too.",
                Source, period)),
        ];
    }
}
