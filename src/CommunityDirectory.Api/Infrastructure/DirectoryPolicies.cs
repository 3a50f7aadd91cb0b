using SocialPrescribing.Authorization;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>Who may do what in the directory. ORUK reads are public; everything else needs a token.</summary>
public static class DirectoryPolicies
{
    /// <summary>A VCSE organisation's staff or API client, with directory.write and an organisation in the token.</summary>
    public const string ManageListings = nameof(ManageListings);

    /// <summary>Anyone whose token carries directory.read: link workers searching for a person.</summary>
    public const string Search = nameof(Search);

    /// <summary>Our own services (the referrals service, for its connections' teams): link workers hold places only through it.</summary>
    public const string HoldPlaces = nameof(HoldPlaces);

    /// <summary>Our services (e.g. matching rebuilding its read model) or any token with directory.read.</summary>
    public const string ReadActivities = nameof(ReadActivities);

    public static IServiceCollection AddDirectoryPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ManageListings, policy => policy
                .RequireRole(Roles.VcseStaff, Roles.VcseManager, Roles.VcseClient)
                .RequireScope(ApiScopes.DirectoryWrite)
                .RequireAssertion(context => Caller.HasOrganisationId(context.User)))
            .AddPolicy(Search, policy => policy.RequireAuthenticatedUser().RequireScope(ApiScopes.DirectoryRead))
            .AddPolicy(HoldPlaces, policy => policy.RequireRole(Roles.Service))
            .AddPolicy(ReadActivities, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.IsInRole(Roles.Service) || context.User.HasTokenScope(ApiScopes.DirectoryRead)));
        return services;
    }
}
