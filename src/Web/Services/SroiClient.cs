namespace SocialPrescribing.Web.Services;

/// <summary>
/// SROI from the volunteering service's commissioning API (<c>http://volunteering</c>): programmes,
/// valuation sets and reports, with the signed-in commissioner's token.
/// </summary>
public sealed class SroiClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = VolunteeringClient.ServiceName;

    public Task<List<SroiProgramme>> ProgrammesAsync(CancellationToken cancellationToken) =>
        GetAsync<List<SroiProgramme>>("api/programmes", cancellationToken);

    /// <summary>The latest version of every valuation set.</summary>
    public Task<List<StoredSroiValuationSet>> ValuationSetsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<StoredSroiValuationSet>>("api/valuation-sets", cancellationToken);

    public Task<SroiReport> ReportAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostAsync<SroiReport>("api/sroi/reports", request, cancellationToken);

    /// <summary>The same report's full working as the service writes it in CSV.</summary>
    public Task<string> ReportCsvAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostForTextAsync("api/sroi/reports?format=csv", request, cancellationToken);
}
