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
        referrals.MapPost("/{id:guid}/status", Change<StatusRequest>(commands => commands.MoveAsync)).RequiresIfMatch();
        referrals.MapPost("/{id:guid}/triage", Change<TriageRequest>(commands => commands.TriageAsync)).RequiresIfMatch();
        referrals.MapPost("/{id:guid}/closure", Change<CloseRequest>(commands => commands.CloseAsync)).RequiresIfMatch();
        referrals.MapPost("/{id:guid}/notes", Change<NoteRequest>(commands => commands.AddNoteAsync)).RequiresIfMatch();
        referrals.MapPut("/{id:guid}/needs", Change<NeedsRequest>(commands => commands.SetNeedsAsync)).RequiresIfMatch();
        referrals.MapPut("/{id:guid}/plan", Change<PlanRequest>(commands => commands.SetPlanAsync)).RequiresIfMatch();
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

    public static async Task<Created<Http.Measurement>> MeasureAsync(
        Guid id, MeasurementRequest request, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct) =>
        TypedResults.Created($"/api/referrals/{id}", (await commands.MeasureAsync(user, id, request, ct)).ToResponse());

    public static async Task<Created<Http.Connection>> ConnectAsync(
        Guid id, ConnectionRequest request, ClaimsPrincipal user, ReferralCommands commands, CancellationToken ct)
    {
        var connection = await commands.ConnectAsync(user, id, request, ct);
        return TypedResults.Created($"/api/connections/{connection.Id}", connection.ToResponse());
    }

    /// <summary>A change of the referral under If-Match (see <see cref="ReferralCommands"/>), answered with the referral and its new ETag.</summary>
    private static Func<Guid, TRequest, ClaimsPrincipal, HttpContext, ReferralCommands, CancellationToken, Task<Ok<Http.Referral>>> Change<TRequest>(
        Func<ReferralCommands, Func<ClaimsPrincipal, Guid, TRequest, IfMatch?, CancellationToken, Task<ReferralRecord>>> command) =>
        async (id, request, user, http, commands, ct) =>
        {
            // A generic body parameter binds as optional, so an empty body or JSON null is refused here, as the edge refuses it elsewhere.
            _ = request ?? throw new BadHttpRequestException("The request needs a JSON body.", StatusCodes.Status400BadRequest);
            var record = await command(commands)(user, id, request, http.Request.ReadIfMatch(), ct);
            http.Response.SetETag(record.Version);
            return TypedResults.Ok(record.ToResponse());
        };
}
