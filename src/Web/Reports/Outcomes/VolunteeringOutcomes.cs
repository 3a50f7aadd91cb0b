using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>Volunteer hours and volunteers, from the volunteering service's hours report.</summary>
public sealed class VolunteeringOutcomes(VolunteeringClient volunteering) : IOutcomeSource
{
    public const string Source = "Volunteering service: hours report";

    public string Service => "volunteering";

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken)
    {
        var total = (await volunteering.HoursByOrganisationAsync(query.Quarter.From, query.Quarter.To, cancellationToken)).Total;
        var period = query.Quarter.Name;
        return
        [
            new("Volunteering", "Volunteer hours approved", ReportFormat.Number(Math.Round(total.ApprovedMinutes / 60m, 2)),
                "Hours volunteers logged for sessions in the quarter and their organisation approved.", Source, period),
            new("Volunteering", "Volunteers", ReportFormat.Given(total.Volunteers),
                "Volunteers with at least one log for a session in the quarter, approved or waiting for approval.", Source, period),
        ];
    }
}
