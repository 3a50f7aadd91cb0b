using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>
/// An SROI report from the volunteering service for a period and a programme (or all of an
/// organisation's programmes): inputs, adjustments, discounting, totals and the sensitivity range,
/// on the page or as the service's CSV.
/// </summary>
public sealed class SroiModel(SroiClient sroi, DirectoryClient directory, TimeProvider time) : ReportPageModel<SroiReportInput>
{
    public IReadOnlyList<(string Value, string Text)> Scopes { get; private set; } = [];
    public IReadOnlyList<StoredValuationSetResponse> ValuationSets { get; private set; } = [];
    public SroiReportResponse? Report { get; private set; }
    public string? OrganisationName { get; private set; }

    /// <summary>Every proxy of every set, for the other outcome (the service checks it is in the chosen set).</summary>
    public IReadOnlyList<FinancialProxyResponse> Proxies => [.. ValuationSets.SelectMany(s => s.Set.Proxies).DistinctBy(p => p.Code).OrderBy(p => p.Code, StringComparer.Ordinal)];

    public SensitivityChart? Chart => Report is null ? null : SensitivityChart.Of(Report.Report.Sensitivity);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Asked)
        {
            // A first visit starts on the last whole quarter, as the other reports do.
            var quarter = ReportPeriod.LastEnded(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            (Input.From, Input.To) = (quarter.From, quarter.To);
        }
        if (await LoadChoicesAsync(cancellationToken) is { } request)
        {
            await TryAsync(async () =>
            {
                Report = await sroi.ReportAsync(request, cancellationToken);
                OrganisationName = await OrganisationNames.NameAsync(directory, Report.OrganisationId, cancellationToken);
            }, AddServiceErrors);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        string? csv = null;
        if (await LoadChoicesAsync(cancellationToken) is { } request
            && await TryAsync(async () => csv = await sroi.ReportCsvAsync(request, cancellationToken), AddServiceErrors))
        {
            return Csv(csv!, $"sroi-{Input.From:yyyy-MM-dd}-to-{Input.To:yyyy-MM-dd}.csv");
        }
        return Page();
    }

    /// <summary>Fills the form's choices; returns the request to send when the form was sent and is valid.</summary>
    private async Task<SroiReportRequest?> LoadChoicesAsync(CancellationToken cancellationToken)
    {
        List<ProgrammeResponse> programmes = [];
        var loaded = await TryAsync(async () =>
        {
            programmes = await sroi.ProgrammesAsync(cancellationToken);
            ValuationSets = await sroi.ValuationSetsAsync(cancellationToken);
            Scopes = await SroiScope.ChoicesAsync(programmes, directory, cancellationToken);
        }, AddServiceErrors);
        if (!loaded || !ReadyToRun())
        {
            return null;
        }
        if (SroiScope.Parse(Input.Scope, programmes) is not { } scope)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Scope)}", "Select the programme or organisation the report covers");
            return null;
        }
        return SroiRequests.Of(Input, scope);
    }

    /// <summary>The service's own words for the investment name its API; a commissioner here needs to know what to change.</summary>
    public const string NoInvestment =
        "No investment is recorded for what the report covers wholly within this period. Choose the period the investment was made for, or another programme.";

    private void AddServiceErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            foreach (var message in key == "investment" ? [NoInvestment] : messages)
            {
                ModelState.AddModelError(SroiRequests.FieldOf(key), message);
            }
        }
    }
}
