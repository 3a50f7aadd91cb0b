namespace SocialPrescribing.Web.Services;

/// <summary>
/// SROI from the volunteering service's commissioning API (<c>http://volunteering</c>): programmes,
/// valuation sets and reports, with the signed-in commissioner's token.
/// </summary>
public sealed class SroiClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = VolunteeringClient.ServiceName;

    public Task<List<ProgrammeResponse>> ProgrammesAsync(CancellationToken cancellationToken) =>
        GetAsync<List<ProgrammeResponse>>("api/programmes", cancellationToken);

    public Task<ProgrammeResponse> CreateProgrammeAsync(Guid organisationId, string name, CancellationToken cancellationToken) =>
        PostAsync<ProgrammeResponse>("api/programmes", new ProgrammeRequest(organisationId, name, null), cancellationToken);

    /// <summary>Renames the programme; its activities are sent back as they were.</summary>
    public Task<ProgrammeResponse> RenameProgrammeAsync(ProgrammeResponse programme, string name, CancellationToken cancellationToken) =>
        PutAsync<ProgrammeResponse>($"api/programmes/{programme.Id}", new ProgrammeChange(name, [.. programme.ActivityIds]), cancellationToken);

    public Task<List<ProgrammeInvestmentResponse>> InvestmentsAsync(Guid programmeId, CancellationToken cancellationToken) =>
        GetAsync<List<ProgrammeInvestmentResponse>>($"api/programmes/{programmeId}/investments", cancellationToken);

    /// <summary>Adds an investment, or corrects one when <paramref name="investmentId"/> is given.</summary>
    public Task<ProgrammeInvestmentResponse> SaveInvestmentAsync(Guid programmeId, Guid? investmentId, InvestmentRequest investment, CancellationToken cancellationToken) =>
        investmentId is { } id
            ? PutAsync<ProgrammeInvestmentResponse>($"api/programmes/{programmeId}/investments/{id}", investment, cancellationToken)
            : PostAsync<ProgrammeInvestmentResponse>($"api/programmes/{programmeId}/investments", investment, cancellationToken);

    /// <summary>The latest version of every valuation set.</summary>
    public Task<List<StoredValuationSetResponse>> ValuationSetsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<StoredValuationSetResponse>>("api/valuation-sets", cancellationToken);

    public Task<SroiReportResponse> ReportAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostAsync<SroiReportResponse>("api/sroi/reports", request, cancellationToken);

    /// <summary>The same report's full working as the service writes it in CSV.</summary>
    public Task<string> ReportCsvAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostForTextAsync("api/sroi/reports?format=csv", request, cancellationToken);
}
