using SocialPrescribing.Authorization;

namespace SocialPrescribing.Matching.Infrastructure;

/// <summary>
/// Who may ask the matcher about people. Suggestions, explanations and allocations concern referred
/// people, so they need a link worker's, team lead's or administrator's token with the matching scope,
/// or one of our services. The list of known activities is the directory's public data and stays open.
/// </summary>
public static class MatchingPolicies
{
    public const string Suggestions = nameof(Suggestions);

    public static IServiceCollection AddMatchingPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Suggestions, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.IsInRole(Roles.Service)
                || (context.User.IsInRole(Roles.LinkWorker) || context.User.IsInRole(Roles.TeamLead) || context.User.IsInRole(Roles.Administrator))
                   && context.User.HasTokenScope(ApiScopes.Matching)));
        return services;
    }
}
