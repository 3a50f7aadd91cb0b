namespace SocialPrescribing.Authorization;

/// <summary>
/// API scopes and the resource server (token audience) each one opens. A token's audiences
/// are exactly the resources of its scopes, so a token asked for the directory only is
/// refused by the referrals service.
/// </summary>
public static class ApiScopes
{
    public const string DirectoryRead = "directory.read";
    public const string DirectoryWrite = "directory.write";
    public const string Referrals = "referrals";
    public const string ReferralsConnectionsAnswer = "referrals.connections.answer";

    /// <summary>A GP clinical system sending referrals as FHIR R4 and reading the messages back.</summary>
    public const string ReferralsFhir = "referrals.fhir";
    public const string Volunteering = "volunteering";
    public const string Matching = "matching";
    public const string IdentityClients = "identity.clients";

    public static IReadOnlyDictionary<string, string> Resources { get; } = new Dictionary<string, string>
    {
        [DirectoryRead] = Audiences.Directory,
        [DirectoryWrite] = Audiences.Directory,
        [Referrals] = Audiences.Referrals,
        [ReferralsConnectionsAnswer] = Audiences.Referrals,
        [ReferralsFhir] = Audiences.Referrals,
        [Volunteering] = Audiences.Volunteering,
        [Matching] = Audiences.Matching,
        [IdentityClients] = Audiences.Identity,
    };

    /// <summary>The narrow scopes a VCSE organisation may grant its own API clients.</summary>
    public static IReadOnlyList<string> ForVcseClients { get; } = [DirectoryRead, DirectoryWrite, ReferralsConnectionsAnswer];

    public static IEnumerable<string> ResourcesOf(IEnumerable<string> scopes) =>
        scopes.Where(Resources.ContainsKey).Select(s => Resources[s]).Distinct();
}

/// <summary>Resource servers: the audience each service expects in the tokens it accepts.</summary>
public static class Audiences
{
    public const string Identity = "identity";
    public const string Directory = "directory";
    public const string Referrals = "referrals";
    public const string Volunteering = "volunteering";
    public const string Matching = "matching";
}
