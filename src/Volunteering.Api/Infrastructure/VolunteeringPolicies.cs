using SocialPrescribing.Authorization;

namespace SocialPrescribing.Volunteering.Infrastructure;

/// <summary>
/// Who may call what. Endpoint policies check the role (and, for organisation paths, that the
/// organisation in the path is the caller's); which volunteer record a caller may touch is decided
/// against the record itself by <see cref="Caller"/>. The shared policies come from ServiceDefaults.
/// </summary>
public static class VolunteeringPolicies
{
    /// <summary>Every REST call: a token issued for this API.</summary>
    public const string Api = nameof(Api);

    /// <summary>A volunteer, staff of a VCSE organisation or an administrator; the record decides the rest.</summary>
    public const string VolunteerRecords = nameof(VolunteerRecords);

    /// <summary>Staff of a VCSE organisation or an administrator, registering volunteers.</summary>
    public const string RegisterVolunteers = nameof(RegisterVolunteers);

    /// <summary>The manager of the organisation in the path: how it approves hours.</summary>
    public const string ManageOrganisation = nameof(ManageOrganisation);

    /// <summary>
    /// The matcher alone (its service token), reading every volunteer's availability and checks for its read model;
    /// link workers see volunteers only as the matcher's suggestions.
    /// </summary>
    public const string MatchVolunteers = nameof(MatchVolunteers);

    public static IServiceCollection AddVolunteeringPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Api, policy => policy.RequireAuthenticatedUser().RequireScope(ApiScopes.Volunteering))
            .AddPolicy(VolunteerRecords, policy => policy.RequireRole(Roles.Volunteer, Roles.VcseStaff, Roles.VcseManager, Roles.Administrator))
            .AddPolicy(RegisterVolunteers, policy => policy.RequireRole(Roles.VcseStaff, Roles.VcseManager, Roles.Administrator))
            .AddPolicy(ManageOrganisation, policy => policy
                .RequireRole(Roles.VcseManager)
                .AddRequirements(new OwnerRequirement(OwnerKind.Organisation)))
            .AddPolicy(MatchVolunteers, policy => policy.RequireServiceClient(ServiceClients.Matching));
        return services;
    }
}
