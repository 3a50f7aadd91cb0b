namespace SocialPrescribing.Authorization;

/// <summary>
/// Our services' own OAuth clients (client-credentials grant). A service token carries role
/// <see cref="Roles.Service"/> and the client id as its subject, so a method can admit the one
/// service that needs it rather than every service.
/// </summary>
public static class ServiceClients
{
    public const string Directory = "directory";
    public const string Referrals = "referrals";
    public const string Volunteering = "volunteering";
    public const string Matching = "matching";

    /// <summary>The web's own client, for what it sends with no person signed in: the public self-referral form.</summary>
    public const string Web = "web-service";
}
