using SocialPrescribing.Authorization;

namespace SocialPrescribing.Matching.Infrastructure;

/// <summary>
/// Who may ask the matcher about people. Suggestions, explanations and allocations concern referred people, so
/// they need a link worker's or team lead's token with the matching scope (the web forwards theirs), and each
/// referral named must be on the caller's team (checked against the referral, <see cref="Policies.OwnTeamCaseload"/>).
/// No service calls these: the matcher proposes matches itself. The list of known activities is the directory's
/// public data and stays open.
/// </summary>
public static class MatchingPolicies
{
    public const string Suggestions = nameof(Suggestions);

    public static IServiceCollection AddMatchingPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Suggestions, policy => policy
                .RequireRole(Roles.LinkWorker, Roles.TeamLead)
                .RequireScope(ApiScopes.Matching));
        return services;
    }
}
