using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Reports.Outcomes;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>
/// The commissioner's outcomes page: every service's measures for one quarter side by side, each with its definition
/// and source, on the page or as CSV. A service that cannot answer leaves its figures out and is named; the rest still show.
/// </summary>
public sealed class OutcomesModel(IEnumerable<IOutcomeSource> sources, SroiClient sroi, DirectoryClient directory) : ReportPageModel<ReportPeriodInput>
{
    /// <summary>The SROI programme (a <see cref="SroiScope"/> value); outside <c>Input</c>, and optional.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Programme { get; set; }

    public IReadOnlyList<(string Value, string Text)> Programmes { get; private set; } = [];

    public IReadOnlyList<OutcomeMeasure> Measures { get; private set; } = [];

    /// <summary>Why some figures are missing, one sentence per service that did not give them.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
            ? Csv(OutcomesCsv.Write(Measures), $"outcomes-{Input.Period?.Key}.csv")
            : Page();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        List<ProgrammeResponse> programmes = [];
        await TryAsync(async () =>
        {
            programmes = await sroi.ProgrammesAsync(cancellationToken);
            Programmes = await SroiScope.ChoicesAsync(programmes, directory, cancellationToken);
        }, _ => { });
        if (!ReadyToRun())
        {
            return false;
        }
        var query = new OutcomesQuery(Input.Period!.Value, SroiScope.Parse(Programme, programmes));
        var (measures, missing) = (new List<OutcomeMeasure>(), new List<string>());
        foreach (var source in sources)
        {
            try
            {
                measures.AddRange(await source.MeasuresAsync(query, cancellationToken));
            }
            catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException or ServiceValidationException)
            {
                missing.Add($"Some figures from the {source.Service} service are missing because it did not answer. Try again in a few minutes.");
            }
        }
        (Measures, Missing) = (measures, [.. missing.Distinct()]);
        return true;
    }
}
