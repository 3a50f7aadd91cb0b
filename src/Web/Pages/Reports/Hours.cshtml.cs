using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>Volunteer hours by organisation for a chosen quarter (no volunteer named), sorted and totalled, on the page or as CSV.</summary>
public sealed class HoursModel(VolunteeringClient volunteering, DirectoryClient directory) : ReportPageModel<ReportPeriodInput>
{
    /// <summary>One of <see cref="HoursOrder"/>'s choices; outside <c>Input</c> so that choosing it alone does not run the report.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    public HoursReport? Report { get; private set; }
    public IReadOnlyList<OrganisationHoursRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>A count the service withheld, in words.</summary>
    public const string Withheld = ReportFormat.Withheld;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }
        var csv = new CsvTable("organisation", "approved hours", "hours waiting for approval", "volunteers", "logs");
        foreach (var row in Rows)
        {
            csv.Row(Names[row.OrganisationId], HoursOf(row.ApprovedMinutes), HoursOf(row.SubmittedMinutes), row.Volunteers, row.Logs);
        }
        var total = Report!.Total;
        csv.Row("Total", HoursOf(total.ApprovedMinutes), HoursOf(total.SubmittedMinutes), total.Volunteers ?? Withheld, total.Logs ?? Withheld);
        return Csv(csv.ToString(), $"volunteer-hours-{Input.Period?.Key}.csv");
    }

    private static decimal HoursOf(long minutes) => Math.Round(minutes / 60m, 2);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken) =>
        ReadyToRun() && await TryAsync(async () =>
        {
            Report = await volunteering.HoursByOrganisationAsync(Input.Period!.Value.From, Input.Period!.Value.To, cancellationToken);
            Names = await NamesAsync(Report.Organisations, cancellationToken);
            Rows = HoursOrder.Sort(Report.Organisations, Names, Order);
        }, errors => ModelState.AddServiceErrors<ReportPeriodInput>(errors, nameof(Input), ReportPeriodInput.ServiceFields));

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<OrganisationHoursRow> hours, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var organisationId in hours.Select(h => h.OrganisationId).Distinct())
        {
            names[organisationId] = await OrganisationNames.NameAsync(directory, organisationId, cancellationToken);
        }
        return names;
    }
}
