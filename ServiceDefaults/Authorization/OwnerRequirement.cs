using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SocialPrescribing.Authorization;

/// <summary>The caller's team, organisation or volunteer claim must equal the resource's owner.</summary>
public sealed record OwnerRequirement(OwnerKind Kind) : IAuthorizationRequirement;

internal sealed class OwnerAuthorizationHandler : AuthorizationHandler<OwnerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnerRequirement requirement)
    {
        var owner = OwnerOf(context.Resource, requirement.Kind);
        if (owner is null)
        {
            context.Fail(new AuthorizationFailureReason(this, $"The request names no {requirement.Kind.ToString().ToLowerInvariant()} that owns the resource."));
            return Task.CompletedTask;
        }

        if (context.User.OwnsAs(owner))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"The resource belongs to another {requirement.Kind.ToString().ToLowerInvariant()}."));
        }
        return Task.CompletedTask;
    }

    private static ResourceOwner? OwnerOf(object? resource, OwnerKind kind) => resource switch
    {
        ResourceOwner owner when owner.Kind == kind => owner,
        HttpContext http => ResourceOwner.RouteValueNamesOf(kind)
            .Select(name => http.GetRouteValue(name)?.ToString())
            .Where(id => !string.IsNullOrEmpty(id))
            .Select(id => new ResourceOwner(kind, id!))
            .FirstOrDefault(),
        _ => null,
    };
}

public static class OwnershipClaimsPrincipalExtensions
{
    /// <summary>True when the principal carries the owner's id in the matching claim.</summary>
    public static bool OwnsAs(this ClaimsPrincipal user, ResourceOwner owner) =>
        user.FindAll(owner.ClaimType).Any(c => string.Equals(c.Value, owner.Id, StringComparison.OrdinalIgnoreCase));

    public static string? TeamId(this ClaimsPrincipal user) => user.FindFirst(ClaimNames.TeamId)?.Value;
    public static string? OrganisationId(this ClaimsPrincipal user) => user.FindFirst(ClaimNames.OrganisationId)?.Value;
    public static string? VolunteerId(this ClaimsPrincipal user) => user.FindFirst(ClaimNames.VolunteerId)?.Value;
}
