using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SocialPrescribing.Identity.Infrastructure;

/// <summary>
/// Builds what goes into tokens. Access tokens carry ids and roles only (<c>sub</c>,
/// <c>role</c>, <c>team_id</c>, <c>organisation_id</c>, <c>volunteer_id</c>, <c>scope</c>), with
/// the display name and a staff member's work email, which the referrals service records on what they do. Audiences are the resource
/// servers of the granted scopes.
/// </summary>
public sealed class TokenPrincipals(UserManager<ApplicationUser> users)
{
    public static readonly TimeSpan StaffRefreshTokenLifetime = TimeSpan.FromHours(8);
    public static readonly TimeSpan VolunteerRefreshTokenLifetime = TimeSpan.FromDays(30);

    public async Task<ClaimsPrincipal> ForUserAsync(ApplicationUser user, IEnumerable<string> scopes)
    {
        var roles = await users.GetRolesAsync(user);
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.DisplayName)
            // A volunteer's email is their own: only staff carry their work email to the services.
            .SetClaim(ClaimNames.Email, roles.Contains(Roles.Volunteer) ? null : user.Email)
            .SetClaim(ClaimNames.TeamId, user.TeamId?.ToString())
            .SetClaim(ClaimNames.OrganisationId, user.OrganisationId?.ToString())
            .SetClaim(ClaimNames.VolunteerId, user.VolunteerId?.ToString());
        identity.SetClaims(Claims.Role, [.. roles]);

        var principal = WithScopes(new ClaimsPrincipal(identity), scopes);
        // Volunteers log hours on a phone now and then; staff sign in each working day.
        principal.SetRefreshTokenLifetime(roles.Contains(Roles.Volunteer) ? VolunteerRefreshTokenLifetime : StaffRefreshTokenLifetime);
        return principal;
    }

    public ClaimsPrincipal ForVcseClient(ApiClient client, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Role, Roles.VcseClient)
            .SetClaim(ClaimNames.OrganisationId, client.OrganisationId.ToString());
        return WithScopes(new ClaimsPrincipal(identity), scopes);
    }

    /// <summary>A GP system's client: its referrals land in the one team configured for it.</summary>
    public ClaimsPrincipal ForGpSystem(string clientId, string teamId, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Role, Roles.GpSystem)
            .SetClaim(ClaimNames.TeamId, teamId);
        return WithScopes(new ClaimsPrincipal(identity), scopes);
    }

    public ClaimsPrincipal ForService(string clientId, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Role, Roles.Service);
        return WithScopes(new ClaimsPrincipal(identity), scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);

    private static ClaimsPrincipal WithScopes(ClaimsPrincipal principal, IEnumerable<string> scopes)
    {
        var granted = scopes.ToList();
        principal.SetScopes(granted);
        principal.SetResources(ApiScopes.ResourcesOf(granted));
        // Every claim, the display name included: the referrals service records who did what by name, for colleagues to read.
        principal.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return principal;
    }
}
