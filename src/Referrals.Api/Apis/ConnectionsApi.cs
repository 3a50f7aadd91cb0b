using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Connections;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>The link worker's side of a connection: send the request, record attendance, finish or withdraw.</summary>
public static class ConnectionsApi
{
    /// <summary>Answers belong to the provider (see <see cref="ProvidersApi"/>); expiry to the job.</summary>
    private static readonly ConnectionStatus[] NotTheLinkWorkers = [ConnectionStatus.Accepted, ConnectionStatus.Declined, ConnectionStatus.Expired];

    public static RouteGroupBuilder MapConnectionsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/connections/{id:guid}/status", MoveAsync).RequiresIfMatch();
        api.MapGet("/provider-stats/{providerId:guid}", ProviderStatsAsync);
        api.MapGet("/volunteers/{volunteerId:guid}/organisations", VolunteerOrganisationsAsync);
        return api;
    }

    public static async Task<Ok<Http.Connection>> MoveAsync(
        Guid id, ConnectionStatusRequest request, ClaimsPrincipal user, HttpContext http, CaseServices s, CancellationToken cancellationToken)
    {
        var status = WireValues.Parse<ConnectionStatus>("status", request.Status);
        var record = await s.Caseload.ConnectionAsync(user, id, cancellationToken);
        if (NotTheLinkWorkers.Contains(status))
        {
            throw ProblemException.Forbidden($"A connection becomes {status.WireName()} by the provider's answer or the agreed time running out, not by the link worker.");
        }
        http.Request.EnsureIfMatch(record.Version);
        await s.Connections.MoveAsync(record, status, Caller.Of(user), request.Reason, cancellationToken);
        http.Response.SetETag(record.Version);
        return TypedResults.Ok(record.ToResponse());
    }

    /// <summary>How a provider answers requests: for link workers choosing where to refer.</summary>
    public static async Task<Ok<ProviderResponseStats>> ProviderStatsAsync(Guid providerId, ConnectionLifecycle lifecycle, CaseServices s, CancellationToken cancellationToken)
    {
        var connections = await s.Db.Connections.AsNoTracking().Where(c => c.ProviderId == providerId).ToListAsync(cancellationToken);
        var outcomes = connections
            .Select(c => ProviderRequestOutcome.Of(c.ToDomain(lifecycle)))
            .OfType<ProviderRequestOutcome>();
        return TypedResults.Ok(ProviderResponseStats.From(outcomes));
    }

    /// <summary>The organisations that may answer a request to this volunteer: the link worker asks one of them for an introduction.</summary>
    public static async Task<Ok<List<Guid>>> VolunteerOrganisationsAsync(Guid volunteerId, CaseServices s, CancellationToken cancellationToken) =>
        TypedResults.Ok(await s.Db.VolunteerOrganisations.AsNoTracking().Where(v => v.VolunteerId == volunteerId)
            .Select(v => v.OrganisationIds).FirstOrDefaultAsync(cancellationToken) ?? []);
}
