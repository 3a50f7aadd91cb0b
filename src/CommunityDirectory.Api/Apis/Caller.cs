using System.Security.Claims;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.CommunityDirectory.Apis;

/// <summary>Who is calling: the organisation comes only from the access token, never from the request body.</summary>
public static class Caller
{
    /// <summary>The caller's organisation; the write policy guarantees the claim is present and a GUID.</summary>
    public static Guid OrganisationIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.OrganisationId(), out var id)
            ? id
            : throw new InvalidOperationException("The token has no organisation_id; the endpoint must require DirectoryPolicies.ManageListings.");

    public static bool HasOrganisationId(ClaimsPrincipal user) => Guid.TryParse(user.OrganisationId(), out _);
}
