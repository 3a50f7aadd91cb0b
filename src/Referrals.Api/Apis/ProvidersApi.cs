using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>
/// The VCSE organisation's side: the requests sent to it and its answers. The organisation comes
/// from the route and must be the caller's own (shared <c>OwnOrganisation</c> rule); a request
/// sent to another organisation cannot be seen or answered.
/// </summary>
public static class ProvidersApi
{
    public static RouteGroupBuilder MapProvidersApi(this RouteGroupBuilder providers)
    {
        providers.MapGet("/connections", ListAsync);
        providers.MapPost("/connections/{id:guid}/answer", AnswerAsync);
        providers.MapPost("/connections/{id:guid}/attendance", RecordAttendanceAsync).RequireAuthorization(ReferralPolicies.RecordAttendance);
        return providers;
    }

    public static async Task<Ok<List<Http.ProviderConnection>>> ListAsync(Guid organisationId, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var rows = await s.Db.Connections.AsNoTracking()
            .Where(c => c.ProviderId == organisationId && c.Status != ConnectionStatus.Suggested)
            .Join(s.Db.People, c => c.PersonId, p => p.Id, (c, p) => new { c, p })
            .Join(s.Db.Referrals, x => x.c.ReferralId, r => r.Id, (x, r) => new { x.c, x.p, r.Reason, r.NeedTermIds })
            .OrderByDescending(x => x.c.SuggestedAt)
            .ToListAsync(cancellationToken);
        var caller = Caller.Of(user);
        var views = new List<Http.ProviderConnection>();
        foreach (var (c, p, reason, needs) in rows.Select(x => (x.c, x.p, x.Reason, x.NeedTermIds)))
        {
            var shared = p.ToDomain().Consents.MayShareWith(organisationId, s.Now);
            if (shared)
            {
                s.Audit.Record(caller, AuditAction.Read, p.Id, "shared-with-provider", c.Id);
            }
            views.Add(new Http.ProviderConnection(
                c.Id, c.ReferralId, c.TargetKind.WireName(), c.TargetId, c.Status.WireName(), c.AnswerDueBy,
                p.PostcodeDistrict, p.FirstLanguage, p.NeedsInterpreter, [.. p.AccessibilityNeeds.Select(n => n.WireName())],
                shared ? new Http.SharedPerson(p.GivenName, p.FamilyName, p.PreferredName, p.PreferredContact.WireName(), p.Phone, p.Mobile, p.Email) : null,
                shared ? new Http.SharedReferral(reason, needs) : null,
                c.RequestedByName is { } sender ? new Http.RequestSender(sender, c.RequestedByEmail) : null));
        }
        await s.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(views);
    }

    public static async Task<Ok<Http.Connection>> AnswerAsync(
        Guid organisationId, Guid id, AnswerRequest request, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await OwnConnectionAsync(organisationId, id, "answer it", s, cancellationToken);
        await s.Connections.MoveAsync(record, request.Accept ? ConnectionStatus.Accepted : ConnectionStatus.Declined, Caller.Of(user), request.Reason, cancellationToken);
        return TypedResults.Ok(record.ToResponse());
    }

    /// <summary>
    /// Attended, did not attend, or dropped out (with a reason), through the connection's one lifecycle;
    /// still allowed after the person withdraws consent to share, as it tells the link worker what happened
    /// without sharing anything more about the person.
    /// </summary>
    public static async Task<Ok<Http.Connection>> RecordAttendanceAsync(
        Guid organisationId, Guid id, AttendanceRequest request, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await OwnConnectionAsync(organisationId, id, "record attendance for it", s, cancellationToken);
        var outcome = WireNames.Parse<ConnectionStatus>(request.Outcome) is { } o && ConnectionLifecycle.AttendanceOutcomes.Contains(o)
            ? o
            : throw new DomainException($"Choose how the person's attendance went. {WireValues.OneOf(ConnectionLifecycle.AttendanceOutcomes)}", "outcome");
        await s.Connections.MoveAsync(record, outcome, Caller.Of(user), request.Reason, cancellationToken);
        return TypedResults.Ok(record.ToResponse());
    }

    private static async Task<ConnectionRecord> OwnConnectionAsync(Guid organisationId, Guid id, string action, CaseServices s, CancellationToken cancellationToken)
    {
        var record = await s.Db.Connections.FindAsync([id], cancellationToken) ?? throw ProblemException.NotFound("connection", id);
        return record.ProviderId == organisationId
            ? record
            : throw ProblemException.Forbidden($"The request was not sent to this organisation, so it cannot {action}.");
    }
}
