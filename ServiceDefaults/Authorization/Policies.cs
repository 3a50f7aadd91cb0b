namespace SocialPrescribing.Authorization;

/// <summary>
/// Authorisation policies every service registers under the same names (see
/// <see cref="AuthorizationExtensions.AddDefaultPolicies"/>). The ownership policies compare the
/// owner of the resource — a <see cref="ResourceOwner"/> passed to
/// <c>IAuthorizationService.AuthorizeAsync</c>, or a route value (<c>teamId</c>,
/// <c>organisationId</c>/<c>orgId</c>, <c>volunteerId</c>) when used on an endpoint — with the
/// caller's claims.
/// </summary>
public static class Policies
{
    /// <summary>A link worker or team lead, and the case belongs to their team.</summary>
    public const string OwnTeamCaseload = nameof(OwnTeamCaseload);

    /// <summary>VCSE staff, manager or API client of the organisation that owns the resource.</summary>
    public const string OwnOrganisation = nameof(OwnOrganisation);

    /// <summary>The volunteer whose record it is.</summary>
    public const string OwnVolunteerRecord = nameof(OwnVolunteerRecord);

    /// <summary>Commissioners and administrators: aggregate figures, never individual records.</summary>
    public const string AggregatesOnly = nameof(AggregatesOnly);
}
