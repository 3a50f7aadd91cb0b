using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace SocialPrescribing.Authorization;

/// <summary>The token must carry at least one of the scopes.</summary>
public sealed record ScopeRequirement(IReadOnlyList<string> AnyOf) : IAuthorizationRequirement;

internal sealed class ScopeAuthorizationHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (requirement.AnyOf.Any(context.User.HasTokenScope))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"The token lacks the scope '{string.Join("' or '", requirement.AnyOf)}'."));
        }
        return Task.CompletedTask;
    }
}

public static class ScopeClaimsPrincipalExtensions
{
    /// <summary>
    /// Scopes travel as one space-separated <c>scope</c> claim (RFC 9068); some issuers send
    /// one claim per scope, so both forms are read.
    /// </summary>
    public static IEnumerable<string> TokenScopes(this ClaimsPrincipal user) =>
        user.FindAll(ClaimNames.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static bool HasTokenScope(this ClaimsPrincipal user, string scope) =>
        user.TokenScopes().Contains(scope, StringComparer.Ordinal);
}
