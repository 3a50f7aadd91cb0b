using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialPrescribing.Referrals.Domain.People;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>Referred people: their profile, consents to share, referrals and the audit trail of their record (see <see cref="PersonCommands"/>).</summary>
public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people");
        people.MapPost("/", RegisterAsync);
        people.MapGet("/{id:guid}", GetAsync);
        people.MapPut("/{id:guid}", ChangeAsync).RequiresIfMatch();
        people.MapPost("/{id:guid}/consents", GiveConsentAsync);
        people.MapPost("/{id:guid}/consents/{providerId:guid}/withdrawal", WithdrawConsentAsync);
        people.MapPost("/{id:guid}/consents/service", GiveServiceConsentAsync);
        people.MapPost("/{id:guid}/consents/service/withdrawal", WithdrawServiceConsentAsync);
        people.MapGet("/{id:guid}/audit", AuditTrailAsync);
        people.MapPost("/{id:guid}/referrals", ReferAsync);
        return api;
    }

    public static async Task<Created<Http.PersonSummary>> RegisterAsync(
        PersonRequest request, ClaimsPrincipal user, HttpResponse response, PersonCommands commands, CancellationToken ct)
    {
        var record = await commands.RegisterAsync(user, request, ct);
        response.SetETag(record.Version);
        return TypedResults.Created($"/api/people/{record.Id}", record.ToResponse());
    }

    public static async Task<Ok<Http.PersonSummary>> GetAsync(Guid id, ClaimsPrincipal user, HttpResponse response, PersonCommands commands, CancellationToken ct) =>
        Versioned(response, await commands.GetAsync(user, id, ct));

    public static async Task<Ok<Http.PersonSummary>> ChangeAsync(
        Guid id, PersonRequest request, ClaimsPrincipal user, HttpContext http, PersonCommands commands, CancellationToken ct) =>
        Versioned(http.Response, await commands.ChangeAsync(user, id, request, http.Request.ReadIfMatch(), ct));

    public static async Task<Ok<Http.PersonSummary>> GiveConsentAsync(
        Guid id, ConsentRequest request, ClaimsPrincipal user, HttpResponse response, PersonCommands commands, CancellationToken ct) =>
        Versioned(response, await commands.GiveConsentAsync(user, id, request, ct));

    public static async Task<Ok<Http.PersonSummary>> WithdrawConsentAsync(
        Guid id, Guid providerId, ConsentMethodRequest? request, ClaimsPrincipal user, HttpResponse response, PersonCommands commands, CancellationToken ct) =>
        Versioned(response, await commands.WithdrawConsentAsync(user, id, providerId, MethodOf(request), ct));

    public static async Task<Ok<Http.PersonSummary>> GiveServiceConsentAsync(
        Guid id, ConsentMethodRequest? request, ClaimsPrincipal user, HttpResponse response, PersonCommands commands, CancellationToken ct) =>
        Versioned(response, await commands.GiveServiceConsentAsync(user, id, MethodOf(request), ct));

    public static async Task<Ok<Http.PersonSummary>> WithdrawServiceConsentAsync(
        Guid id, ConsentMethodRequest? request, ClaimsPrincipal user, HttpResponse response, PersonCommands commands, CancellationToken ct) =>
        Versioned(response, await commands.WithdrawServiceConsentAsync(user, id, MethodOf(request), ct));

    public static async Task<Ok<List<Http.AuditEntry>>> AuditTrailAsync(Guid id, ClaimsPrincipal user, PersonCommands commands, CancellationToken ct) =>
        TypedResults.Ok((await commands.AuditTrailAsync(user, id, ct)).Select(e => e.ToResponse()).ToList());

    public static async Task<Created<Http.Referral>> ReferAsync(
        Guid id, ReferralRequest request, ClaimsPrincipal user, HttpResponse response, PersonCommands commands, CancellationToken ct)
    {
        var record = await commands.ReferAsync(user, id, request, ct);
        response.SetETag(record.Version);
        return TypedResults.Created($"/api/referrals/{record.Id}", record.ToResponse());
    }

    private static ConsentMethod? MethodOf(ConsentMethodRequest? request) => WireValues.ParseOptional<ConsentMethod>("method", request?.Method);

    private static Ok<Http.PersonSummary> Versioned(HttpResponse response, PersonRecord record)
    {
        response.SetETag(record.Version);
        return TypedResults.Ok(record.ToResponse());
    }
}
