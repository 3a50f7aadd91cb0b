using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Finds a record and lets the caller at it only when it is on their team's caseload (the shared
/// <see cref="Policies.OwnTeamCaseload"/> policy, so the rule lives in one place for every service).
/// </summary>
public sealed class Caseload(ReferralsContext db, IAuthorizationService authorization)
{
    public async Task<PersonRecord> PersonAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await EnsureTeamAsync(user, await db.People.FindAsync([id], cancellationToken) ?? throw ProblemException.NotFound("person", id), p => p.TeamId);

    public async Task<ReferralRecord> ReferralAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await EnsureTeamAsync(user, await db.Referrals.FindAsync([id], cancellationToken) ?? throw ProblemException.NotFound("referral", id), r => r.TeamId);

    public async Task<ConnectionRecord> ConnectionAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await EnsureTeamAsync(user, await db.Connections.FindAsync([id], cancellationToken) ?? throw ProblemException.NotFound("connection", id), c => c.TeamId);

    public Task<PersonRecord> PersonOfAsync(ReferralRecord referral, CancellationToken cancellationToken) =>
        db.People.SingleAsync(p => p.Id == referral.PersonId, cancellationToken);

    private async Task<T> EnsureTeamAsync<T>(ClaimsPrincipal user, T record, Func<T, Guid> teamOf)
    {
        var result = await authorization.AuthorizeAsync(user, ResourceOwner.Team(teamOf(record)), Policies.OwnTeamCaseload);
        return result.Succeeded
            ? record
            : throw ProblemException.Forbidden("The record is on another team's caseload.");
    }
}
