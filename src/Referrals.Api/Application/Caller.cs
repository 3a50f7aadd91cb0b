using System.Security.Claims;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Referrals.Application;

/// <summary>Who is calling, from the access token only; never from the request body.</summary>
/// <param name="Name">A person's display name (identity's "name" claim); null for a service.</param>
/// <param name="Email">A staff member's work email (identity's "email" claim); null for a service or volunteer.</param>
public sealed record Caller(string ActorId, string Role, Guid? TeamId, Guid? OrganisationId, string? Name = null, string? Email = null)
{
    public static Caller Of(ClaimsPrincipal user) => new(
        user.FindFirst(ClaimNames.Subject)?.Value ?? user.FindFirst(ClaimNames.ClientId)?.Value ?? "unknown",
        user.FindFirst(ClaimNames.Role)?.Value ?? "none",
        Guid.TryParse(user.TeamId(), out var team) ? team : null,
        Guid.TryParse(user.OrganisationId(), out var organisation) ? organisation : null,
        user.FindFirst(ClaimNames.Name)?.Value,
        user.FindFirst(ClaimNames.Email)?.Value);

    /// <summary>The team whose caseload a new record joins; the caseload policy guarantees a link worker has one.</summary>
    public Guid RequiredTeamId => TeamId
        ?? throw ProblemException.Forbidden("The access token names no team; only a link worker or team lead of a team can do this.");
}
