using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>A referral's lifecycle, the "what matters" conversation, the plan, wellbeing measures and connections (see <see cref="ReferralCommands"/>).</summary>
public static class ReferralsApi
{
    public static RouteGroupBuilder MapReferralsApi(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals");
        referrals.MapGet("/{id:guid}", GetAsync);
        referrals.MapPost("/{id:guid}/status", MoveAsync);
        referrals.MapPost("/{id:guid}/triage", TriageAsync);
        referrals.MapPost("/{id:guid}/closure", CloseAsync);
        referrals.MapPost("/{id:guid}/notes", AddNoteAsync);
        referrals.MapPut("/{id:guid}/needs", SetNeedsAsync);
        referrals.MapPut("/{id:guid}/plan", SetPlanAsync);
        referrals.MapPost("/{id:guid}/wellbeing", MeasureAsync);
        referrals.MapPost("/{id:guid}/connections", ConnectAsync);
        return api;
    }

    public static async Task<Ok<Http.ReferralView>> GetAsync(Guid id, ClaimsPrincipal user, HttpResponse response, ReferralCommands commands, CancellationToken ct)
    {
        var read = await commands.GetAsync(user, id, ct);
        response.SetETag(read.Referral.Version);
        return TypedResults.Ok(read.ToResponse());
    }

    public static async Task<Ok<Http.Referral>> MoveAsync(
        Guid id, StatusRequest request, ClaimsPrincipal user, HttpContext http, ReferralCommands commands, CancellationToken ct) =>
        Versioned(http.Response, await commands.MoveAsync(user, id, request, http.Request.ReadIfMatch(), ct));

    public static async Task<Ok<Http.Referral>> TriageAsync(
        Guid id, TriageRequest request, ClaimsPrincipal user, HttpContext http, ReferralCommands commands, CancellationToken ct) =>
        Versioned(http.Response, await commands.TriageAsync(user, id, request, http.Request.ReadIfMatch(), ct));

    public static async Task<Ok<Http.Referral>> CloseAsync(
        Guid id, CloseRequest request, ClaimsPrincipal user, HttpContext http, ReferralCommands commands, CancellationToken ct) =>
        Versioned(http.Response, await commands.CloseAsync(user, id, request, http.Request.ReadIfMatch(), ct));

    public static async Task<Ok<Http.Referral>> AddNoteAsync(
        Guid id, NoteRequest request, ClaimsPrincipal user, HttpContext http, ReferralCommands commands, CancellationToken ct) =>
        Versioned(http.Response, await commands.AddNoteAsync(user, id, request, http.Request.ReadIfMatch(), ct));

    public static async Task<Ok<Http.Referral>> SetNeedsAsync(
        Guid id, NeedsRequest request, ClaimsPrincipal user, HttpContext http, ReferralCommands commands, CancellationToken ct) =>
        Versioned(http.Response, await commands.SetNeedsAsync(user, id, request, http.Request.ReadIfMatch(), ct));

    public static async Task<Ok<Http.Referral>> SetPlanAsync(
        Guid id, PlanRequest request, ClaimsPrincipal user, HttpContext http, ReferralCommands commands, CancellationToken ct) =>
        Versioned(http.Response, await commands.SetPlanAsync(user, id, request, http.Request.ReadIfMatch(), ct));

    public static async Task<Created<Http.Measurement>> MeasureAsync(
        Guid id, MeasurementRequest request, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
        TypedResults.Created($"/api/referrals/{id}", (await commands.MeasureAsync(user, id, request, ct)).ToResponse());

    public static async Task<Created<Http.Connection>> ConnectAsync(
        Guid id, ConnectionRequest request, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct)
    {
        var connection = await commands.ConnectAsync(user, id, request, ct);
        return TypedResults.Created($"/api/connections/{connection.Id}", connection.ToResponse());
    }

    private static Ok<Http.Referral> Versioned(HttpResponse response, ReferralRecord record)
    {
        response.SetETag(record.Version);
        return TypedResults.Ok(record.ToResponse());
    }
}
