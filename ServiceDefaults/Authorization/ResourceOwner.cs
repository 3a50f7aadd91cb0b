namespace SocialPrescribing.Authorization;

public enum OwnerKind
{
    Team,
    Organisation,
    Volunteer,
}

/// <summary>
/// Who owns a resource, passed as the resource to <c>IAuthorizationService.AuthorizeAsync</c>
/// with one of the ownership policies.
/// </summary>
public sealed record ResourceOwner(OwnerKind Kind, string Id)
{
    public static ResourceOwner Team(Guid teamId) => new(OwnerKind.Team, teamId.ToString());
    public static ResourceOwner Organisation(Guid organisationId) => new(OwnerKind.Organisation, organisationId.ToString());
    public static ResourceOwner Volunteer(Guid volunteerId) => new(OwnerKind.Volunteer, volunteerId.ToString());

    internal string ClaimType => Kind switch
    {
        OwnerKind.Team => ClaimNames.TeamId,
        OwnerKind.Organisation => ClaimNames.OrganisationId,
        _ => ClaimNames.VolunteerId,
    };

    /// <summary>Route parameter names an endpoint may use for this kind of owner.</summary>
    internal IReadOnlyList<string> RouteValueNames => RouteValueNamesOf(Kind);

    internal static IReadOnlyList<string> RouteValueNamesOf(OwnerKind kind) => kind switch
    {
        OwnerKind.Team => ["teamId"],
        OwnerKind.Organisation => ["organisationId", "orgId"],
        _ => ["volunteerId"],
    };
}
