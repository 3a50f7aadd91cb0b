using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialPrescribing.Authorization;

public static class AuthorizationExtensions
{
    /// <summary>
    /// Registers the shared policies (<see cref="Policies"/>), their handlers and the
    /// ProblemDetails 403 responses. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddDefaultPolicies(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, OwnerAuthorizationHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ScopeAuthorizationHandler>());
        services.TryAddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.OwnTeamCaseload, p => p
                .RequireRole(Roles.LinkWorker, Roles.TeamLead)
                .AddRequirements(new OwnerRequirement(OwnerKind.Team)))
            .AddPolicy(Policies.OwnOrganisation, p => p
                .RequireRole(Roles.VcseStaff, Roles.VcseManager, Roles.VcseClient)
                .AddRequirements(new OwnerRequirement(OwnerKind.Organisation)))
            .AddPolicy(Policies.OwnVolunteerRecord, p => p
                .RequireRole(Roles.Volunteer)
                .AddRequirements(new OwnerRequirement(OwnerKind.Volunteer)))
            .AddPolicy(Policies.AggregatesOnly, p => p
                .RequireRole(Roles.Commissioner, Roles.Administrator));
        return services;
    }

    /// <summary>The token must carry at least one of <paramref name="anyOf"/>.</summary>
    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder policy, params string[] anyOf) =>
        policy.AddRequirements(new ScopeRequirement(anyOf));

    /// <summary>Only a token of one of our services (<see cref="ServiceClients"/>), issued to one of <paramref name="clientIds"/>.</summary>
    public static AuthorizationPolicyBuilder RequireServiceClient(this AuthorizationPolicyBuilder policy, params string[] clientIds) =>
        policy.RequireRole(Roles.Service).RequireClaim(ClaimNames.Subject, clientIds);
}
