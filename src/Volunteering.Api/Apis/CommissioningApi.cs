using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>
/// Commissioners' side: aggregate hours (no volunteer named), valuation sets, programmes and their
/// investment, and SROI reports. Only commissioners and administrators (AggregatesOnly).
/// </summary>
public static class CommissioningApi
{
    public const string CsvFormat = "csv";

    public static RouteGroupBuilder MapCommissioningApi(this RouteGroupBuilder api)
    {
        var commissioning = api.MapGroup("/").WithTags("Commissioning").RequireAuthorization(Policies.AggregatesOnly);
        commissioning.MapGet("/reports/hours", HoursByOrganisationAsync);

        commissioning.MapGet("/valuation-sets", async (ValuationSets sets, CancellationToken ct) => TypedResults.Ok((await sets.ListLatestAsync(ct)).Select(StoredValuationSetResponse.Of).ToList()));
        commissioning.MapGet("/valuation-sets/starter", () => TypedResults.Ok(ValuationSetResponse.Of(ValuationSets.StarterTemplate)));
        commissioning.MapGet("/valuation-sets/{id:guid}", GetValuationSetAsync);
        commissioning.MapGet("/valuation-sets/{id:guid}/versions", async (Guid id, ValuationSets sets, CancellationToken ct) => TypedResults.Ok((await sets.VersionsAsync(id, ct)).Select(StoredValuationSetResponse.Of).ToList()));
        commissioning.MapGet("/valuation-sets/{id:guid}/versions/{version:int}", GetValuationSetAsync);
        commissioning.MapPost("/valuation-sets", CreateValuationSetAsync);
        commissioning.MapPut("/valuation-sets/{id:guid}", ReviseValuationSetAsync).RequiresIfMatch();

        commissioning.MapGet("/programmes", async (Guid? organisationId, Programmes programmes, CancellationToken ct) =>
            TypedResults.Ok((await programmes.ListAsync(organisationId, ct)).Select(ProgrammeResponse.Of).ToList()));
        commissioning.MapPost("/programmes", CreateProgrammeAsync);
        commissioning.MapGet("/programmes/{programmeId:guid}", async (Guid programmeId, Programmes programmes, HttpResponse response, CancellationToken ct) =>
            TypedResults.Ok(ProgrammeResponse.Of(response.Versioned(await programmes.ReadAsync(programmeId, ct)))));
        commissioning.MapPut("/programmes/{programmeId:guid}", async (Guid programmeId, ProgrammeChange change, Programmes programmes, HttpRequest http, HttpResponse response, CancellationToken ct) =>
            TypedResults.Ok(ProgrammeResponse.Of(response.Versioned(await programmes.ChangeAsync(programmeId, change, http.ReadIfMatch(), ct))))).RequiresIfMatch();
        commissioning.MapGet("/programmes/{programmeId:guid}/investments", async (Guid programmeId, Programmes programmes, CancellationToken ct) =>
            TypedResults.Ok((await programmes.InvestmentsAsync(programmeId, ct)).Select(ProgrammeInvestmentResponse.Of).ToList()));
        commissioning.MapPost("/programmes/{programmeId:guid}/investments", AddInvestmentAsync);
        commissioning.MapGet("/programmes/{programmeId:guid}/investments/{investmentId:guid}",
            async (Guid programmeId, Guid investmentId, Programmes programmes, HttpResponse response, CancellationToken ct) =>
                TypedResults.Ok(ProgrammeInvestmentResponse.Of(response.Versioned(await programmes.ReadInvestmentAsync(programmeId, investmentId, ct)))));
        commissioning.MapPut("/programmes/{programmeId:guid}/investments/{investmentId:guid}",
            async (Guid programmeId, Guid investmentId, InvestmentRequest request, ClaimsPrincipal user, Programmes programmes, HttpRequest http, HttpResponse response, CancellationToken ct) =>
                TypedResults.Ok(ProgrammeInvestmentResponse.Of(response.Versioned(
                    await programmes.ChangeInvestmentAsync(programmeId, investmentId, request, http.ReadIfMatch(), Caller.Of(user), ct))))).RequiresIfMatch();

        commissioning.MapPost("/sroi/reports", SroiReportAsync).Produces<SroiReportResponse>();
        return api;
    }

    /// <summary>Over one whole quarter that has ended only (<see cref="ReportPeriod"/>), so two reports cannot be subtracted; counts suppressed under 5.</summary>
    private static async Task<Ok<HoursReport>> HoursByOrganisationAsync(
        DateOnly? from, DateOnly? to, HourTotalsQueries totals, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddAll(ReportPeriod.Check(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var period));
        errors.ThrowIfAny();
        return TypedResults.Ok(HoursReport.Of(period, await totals.ByOrganisationAsync(new DatePeriod(period.From, period.To), ct)));
    }

    /// <summary>A version of the set (the latest without one), its version number as the ETag a revision names in If-Match.</summary>
    private static async Task<Results<Ok<StoredValuationSetResponse>, NotFound>> GetValuationSetAsync(
        Guid id, int? version, ValuationSets sets, HttpResponse response, CancellationToken ct)
    {
        if (await sets.FindAsync(id, version, ct) is not { } set)
        {
            return TypedResults.NotFound();
        }
        response.SetETag((uint)set.Version);
        return TypedResults.Ok(StoredValuationSetResponse.Of(set));
    }

    private static async Task<Created<StoredValuationSetResponse>> CreateValuationSetAsync(ValuationSetRequest request, ClaimsPrincipal user, ValuationSets sets, CancellationToken ct)
    {
        var stored = await sets.CreateAsync(request, Caller.Of(user), ct);
        return TypedResults.Created($"/api/valuation-sets/{stored.Id}/versions/{stored.Version}", StoredValuationSetResponse.Of(stored));
    }

    private static async Task<Created<StoredValuationSetResponse>> ReviseValuationSetAsync(
        Guid id, ValuationSetRequest request, ClaimsPrincipal user, ValuationSets sets, HttpRequest http, HttpResponse response, CancellationToken ct)
    {
        var stored = await sets.ReviseAsync(id, request, http.ReadIfMatch(), Caller.Of(user), ct);
        response.SetETag((uint)stored.Version);
        return TypedResults.Created($"/api/valuation-sets/{stored.Id}/versions/{stored.Version}", StoredValuationSetResponse.Of(stored));
    }

    private static async Task<Created<ProgrammeResponse>> CreateProgrammeAsync(ProgrammeRequest request, Programmes programmes, CancellationToken ct)
    {
        var programme = await programmes.CreateAsync(request, ct);
        return TypedResults.Created($"/api/programmes/{programme.Id}", ProgrammeResponse.Of(programme));
    }

    private static async Task<Created<ProgrammeInvestmentResponse>> AddInvestmentAsync(
        Guid programmeId, InvestmentRequest request, ClaimsPrincipal user, Programmes programmes, CancellationToken ct)
    {
        var investment = await programmes.AddInvestmentAsync(programmeId, request, Caller.Of(user), ct);
        return TypedResults.Created($"/api/programmes/{programmeId}/investments", ProgrammeInvestmentResponse.Of(investment));
    }

    /// <summary>The report as JSON, or with <c>?format=csv</c> its full working as CSV.</summary>
    private static async Task<IResult> SroiReportAsync(SroiReportRequest request, string? format, SroiReports reports, CancellationToken ct)
    {
        var response = await reports.CreateAsync(request, ct);
        return string.Equals(format, CsvFormat, StringComparison.OrdinalIgnoreCase)
            ? TypedResults.Text(response.Report.ToCsv(), "text/csv; charset=utf-8")
            : TypedResults.Ok(SroiReportResponse.Of(response));
    }
}
