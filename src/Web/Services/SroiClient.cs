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

    public Task<SroiProgramme> CreateProgrammeAsync(Guid organisationId, string name, CancellationToken cancellationToken) =>
        PostAsync<SroiProgramme>("api/programmes", new { organisationId, name }, cancellationToken);

    /// <summary>Renames the programme; its activities are sent back as they were.</summary>
    public Task<SroiProgramme> RenameProgrammeAsync(SroiProgramme programme, string name, CancellationToken cancellationToken) =>
        PutAsync<SroiProgramme>($"api/programmes/{programme.Id}", new { name, programme.ActivityIds }, cancellationToken);

    public Task<List<ProgrammeInvestment>> InvestmentsAsync(Guid programmeId, CancellationToken cancellationToken) =>
        GetAsync<List<ProgrammeInvestment>>($"api/programmes/{programmeId}/investments", cancellationToken);

    /// <summary>Adds an investment, or corrects one when <paramref name="investmentId"/> is given.</summary>
    public Task<ProgrammeInvestment> SaveInvestmentAsync(Guid programmeId, Guid? investmentId, SroiInvestment investment, CancellationToken cancellationToken) =>
        investmentId is { } id
            ? PutAsync<ProgrammeInvestment>($"api/programmes/{programmeId}/investments/{id}", investment, cancellationToken)
            : PostAsync<ProgrammeInvestment>($"api/programmes/{programmeId}/investments", investment, cancellationToken);

    /// <summary>The latest version of every valuation set.</summary>
    public Task<List<StoredSroiValuationSet>> ValuationSetsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<StoredSroiValuationSet>>("api/valuation-sets", cancellationToken);

    public Task<SroiReport> ReportAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostAsync<SroiReport>("api/sroi/reports", request, cancellationToken);

    /// <summary>The same report's full working as the service writes it in CSV.</summary>
    public Task<string> ReportCsvAsync(SroiReportRequest request, CancellationToken cancellationToken) =>
        PostForTextAsync("api/sroi/reports?format=csv", request, cancellationToken);
}
