using System.Security.Claims;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Web.Authentication;

public static class UserClaims
{
    /// <summary>The volunteer the signed-in person is (the <c>volunteer_id</c> claim).</summary>
    public static Guid VolunteerId(this ClaimsPrincipal user) => GuidOf(user, ClaimNames.VolunteerId);

    /// <summary>The organisation a VCSE member of staff works for (the <c>organisation_id</c> claim).</summary>
    public static Guid OrganisationId(this ClaimsPrincipal user) => GuidOf(user, ClaimNames.OrganisationId);

    /// <summary>The link-worker team the person belongs to (the <c>team_id</c> claim), if any.</summary>
    public static Guid? TeamId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ClaimNames.TeamId)?.Value, out var id) ? id : null;

    private static Guid GuidOf(ClaimsPrincipal user, string claim) =>
        Guid.TryParse(user.FindFirst(claim)?.Value, out var id)
            ? id
            : throw new InvalidOperationException($"The page's policy should have required the {claim} claim.");
}
