using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SocialPrescribing.Referrals.Fhir;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>The message back of a GP system's referral, for the link worker: read it as the GP system does, and resend it.</summary>
public static class MessageBackApi
{
    public static RouteGroupBuilder MapMessageBackApi(this RouteGroupBuilder api)
    {
        api.MapGet("/referrals/{id:guid}/message-back", ReadAsync);
        api.MapPost("/referrals/{id:guid}/message-back", ResendAsync);
        return api;
    }

    /// <summary>The FHIR Task the referring GP system reads (application/fhir+json).</summary>
    public static async Task<IResult> ReadAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var (record, origin) = await GpReferralAsync(user, id, s, cancellationToken);
        var task = await FhirApi.MessageBackTaskAsync(s, record, origin, cancellationToken);
        await s.Audit.ReadAsync(Caller.Of(user), record.PersonId, "message-back", id, cancellationToken);
        return FhirJson.Result(task);
    }

    /// <summary>Announces the message back again (the same event as on closing), e.g. when the practice says it never arrived.</summary>
    public static async Task<Accepted<Http.GpOrigin>> ResendAsync(Guid id, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var (record, _) = await GpReferralAsync(user, id, s, cancellationToken);
        await MessageBack.AnnounceAsync(s, await MessageBack.OfClosedAsync(s.Db, record, cancellationToken), cancellationToken);
        s.Audit.Record(Caller.Of(user), AuditAction.Change, record.PersonId, "message-back", id);
        await s.Db.SaveChangesAsync(cancellationToken);
        var origin = await s.Db.FhirOrigins.FindAsync([id], cancellationToken);
        return TypedResults.Accepted($"/api/referrals/{id}/message-back", origin?.ToResponse());
    }

    private static async Task<(ReferralRecord, FhirOriginRecord)> GpReferralAsync(ClaimsPrincipal user, Guid id, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await s.Caseload.ReferralAsync(user, id, cancellationToken);
        var origin = await s.Db.FhirOrigins.FindAsync([id], cancellationToken)
            ?? throw ProblemException.NotFound("GP referral", id);
        return (record, origin);
    }
}
