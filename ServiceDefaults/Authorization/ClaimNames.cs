namespace SocialPrescribing.Authorization;

/// <summary>
/// Claim types in access tokens, as they appear on the wire (JWT names, not Microsoft's
/// long URIs: every service maps inbound claims unchanged).
/// </summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Name = "name";

    /// <summary>A staff member's work email (never a volunteer's): where a VCSE organisation answers a link worker.</summary>
    public const string Email = "email";
    public const string Role = "role";
    public const string Scope = "scope";
    public const string ClientId = "client_id";
    public const string TeamId = "team_id";
    public const string OrganisationId = "organisation_id";
    public const string VolunteerId = "volunteer_id";
}
