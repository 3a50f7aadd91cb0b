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

    /// <summary>One programme, with the version to send back when renaming it; <see cref="RecordNotFoundException"/> when there is none.</summary>
    public Task<Versioned<ProgrammeResponse>> ProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) =>
        SendVersionedAsync<ProgrammeResponse>(HttpMethod.Get, $"api/programmes/{programmeId}", null, null, cancellationToken);

    /// <summary>Renames the programme; its activities are sent back as they were. <see cref="StaleEditException"/> when it changed since <paramref name="eTag"/> was read.</summary>
    public Task<Versioned<ProgrammeResponse>> RenameProgrammeAsync(ProgrammeResponse programme, string name, string eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<ProgrammeResponse>(HttpMethod.Put, $"api/programmes/{programme.Id}", new ProgrammeChange(name, [.. programme.ActivityIds]), eTag, cancellationToken);

    public Task<List<ProgrammeInvestmentResponse>> InvestmentsAsync(Guid programmeId, CancellationToken cancellationToken) =>
        GetAsync<List<ProgrammeInvestmentResponse>>($"api/programmes/{programmeId}/investments", cancellationToken);

    /// <summary>One investment, with the version to send back when correcting it.</summary>
    public Task<Versioned<ProgrammeInvestmentResponse>> InvestmentAsync(Guid programmeId, Guid investmentId, CancellationToken cancellationToken) =>
        SendVersionedAsync<ProgrammeInvestmentResponse>(HttpMethod.Get, $"api/programmes/{programmeId}/investments/{investmentId}", null, null, cancellationToken);

    public Task<ProgrammeInvestmentResponse> AddInvestmentAsync(Guid programmeId, InvestmentRequest investment, CancellationToken cancellationToken) =>
        PostAsync<ProgrammeInvestmentResponse>($"api/programmes/{programmeId}/investments", investment, cancellationToken);

    /// <summary>Corrects an investment; <see cref="StaleEditException"/> when it changed since <paramref name="eTag"/> was read.</summary>
    public Task<Versioned<ProgrammeInvestmentResponse>> CorrectInvestmentAsync(Guid programmeId, Guid investmentId, InvestmentRequest investment, string eTag, CancellationToken cancellationToken) =>
        SendVersionedAsync<ProgrammeInvestmentResponse>(HttpMethod.Put, $"api/programmes/{programmeId}/investments/{investmentId}", investment, eTag, cancellationToken);

    /// <summary>The latest version of every valuation set.</summary>
    public Task<List<StoredValuationSetResponse>> ValuationSetsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<StoredValuationSetResponse>>("api/valuation-sets", cancellationToken);

    public Task<SroiReportResponse> ReportAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostAsync<SroiReportResponse>("api/sroi/reports", request, cancellationToken);

    /// <summary>The same report's full working as the service writes it in CSV.</summary>
    public Task<string> ReportCsvAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostForTextAsync("api/sroi/reports?format=csv", request, cancellationToken);
}
