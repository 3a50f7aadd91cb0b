using SocialPrescribing.Web.Pages.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>Volunteers' experience and the spread of volunteering effort, from the volunteering service's diversity report.</summary>
public sealed class VolunteeringDiversityOutcomes(VolunteeringClient volunteering) : IOutcomeSource
{
    public const string Source = "Volunteering service: diversity of volunteering report";
    private const string Experience = "Volunteers' experience";
    private const string Diversity = "Diversity of volunteering";

    public string Service => VolunteeringClient.ServiceName;

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken) =>
        Of(await volunteering.DiversityAsync(query.Quarter.From, query.Quarter.To, cancellationToken), query.Quarter.Name);

    /// <summary>The report's figures as the page shows them: as the service gave them, nothing worked out here.</summary>
    public static IReadOnlyList<OutcomeMeasure> Of(DiversityReport report, string period)
    {
        OutcomeMeasure Measure(string section, string name, string value, string definition) => new(section, name, value, definition, Source, period);
        const string Agreeing = "Of the volunteers answering the quarterly survey, the share who agree or strongly agree. Not shown when fewer than 5 answered.";
        const string Groups = "Volunteers with hours approved for the quarter, by what they chose to tell us with their consent (\"not given\" otherwise) "
            + "or the deprivation of their home postcode district; the diversity report adds their hours and roles. Not shown where it would give away a group under 5.";
        return
        [
            Measure(Experience, "Volunteers answering the quarterly survey", report.Survey.Respondents,
                "Volunteers who answered the quarter's survey; it is offered to every volunteer with hours approved in the quarter."),
            Measure(Experience, "Agree: \"I feel useful\"", ReportFormat.Share(report.Survey.AgreeUsefulPercent), Agreeing),
            Measure(Experience, "Agree: \"I feel supported\"", ReportFormat.Share(report.Survey.AgreeSupportedPercent), Agreeing),
            Measure(Diversity, "Change in volunteers on the quarter before", DiversityTable.Change(report.Total.VolunteersChange),
                "Volunteers with hours approved for the quarter less those of the quarter before. Not shown when either quarter's count is not shown."),
            Measure(Diversity, "Change in approved hours on the quarter before", DiversityTable.Change(report.Total.ApprovedHoursChange),
                "Hours approved for the quarter less those of the quarter before. Not shown when either quarter's count of volunteers is not shown."),
            .. Breakdown("age", report.ByAgeBand),
            .. Breakdown("ethnic group", report.ByEthnicity),
            .. Breakdown("disability", report.ByDisability),
            .. Breakdown("area deprivation", report.ByDeprivationQuintile),
        ];

        IEnumerable<OutcomeMeasure> Breakdown(string dimension, IEnumerable<DiversityRow> rows) =>
            rows.Select(row => Measure(Diversity, $"Volunteers by {dimension}: {row.Group}", ReportFormat.Given(row.Current.Volunteers), Groups));
    }
}
