using SocialPrescribing.Authorization;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>Who may do what in the directory. ORUK reads are public; everything else needs a token.</summary>
public static class DirectoryPolicies
{
    /// <summary>A VCSE organisation's staff or API client, with directory.write and an organisation in the token.</summary>
    public const string ManageListings = nameof(ManageListings);

    /// <summary>Anyone whose token carries directory.read: link workers searching for a person.</summary>
    public const string Search = nameof(Search);

    /// <summary>
    /// The referrals service alone: it holds and releases places for the connections it makes (its expiry job
    /// included, with no person behind it). Link workers never call the directory for this themselves.
    /// </summary>
    public const string HoldPlaces = nameof(HoldPlaces);

    /// <summary>
    /// The matcher, building its read model, and the referrals service, learning who runs an activity it connects a
    /// person to: GetActivities answers for drafts and withdrawn activities too, which the public ORUK API never shows.
    /// </summary>
    public const string ReadActivities = nameof(ReadActivities);

    /// <summary>The matcher alone: every published activity, page by page, for its read model.</summary>
    public const string ReadSnapshot = nameof(ReadSnapshot);

    /// <summary>A VCSE manager of an organisation, answering the yearly partners' survey for it (staff and API clients do not).</summary>
    public const string AnswerPartnerSurvey = nameof(AnswerPartnerSurvey);

    /// <summary>Commissioners and administrators: aggregates only, never one organisation's answers.</summary>
    public const string Reports = nameof(Reports);

    public static IServiceCollection AddDirectoryPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ManageListings, policy => policy
                .RequireRole(Roles.VcseStaff, Roles.VcseManager, Roles.VcseClient)
                .RequireScope(ApiScopes.DirectoryWrite)
                .RequireAssertion(context => Caller.HasOrganisationId(context.User)))
            .AddPolicy(Search, policy => policy.RequireAuthenticatedUser().RequireScope(ApiScopes.DirectoryRead))
            .AddPolicy(HoldPlaces, policy => policy.RequireServiceClient(ServiceClients.Referrals))
            .AddPolicy(ReadActivities, policy => policy.RequireServiceClient(ServiceClients.Matching, ServiceClients.Referrals))
            .AddPolicy(ReadSnapshot, policy => policy.RequireServiceClient(ServiceClients.Matching))
            .AddPolicy(AnswerPartnerSurvey, policy => policy
                .RequireRole(Roles.VcseManager)
                .RequireScope(ApiScopes.DirectoryWrite)
                .RequireAssertion(context => Caller.HasOrganisationId(context.User)))
            .AddPolicy(Reports, policy => policy.RequireRole(Roles.Commissioner, Roles.Administrator).RequireScope(ApiScopes.DirectoryRead));
        return services;
    }
}
