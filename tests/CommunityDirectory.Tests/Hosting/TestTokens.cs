using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.CommunityDirectory.Tests.Hosting;

/// <summary>
/// Access tokens shaped as the identity service issues them (at+jwt, JWT claim names, audience
/// "directory"), signed with a key the test host trusts in place of the identity service's
/// discovery document. Everything after signature checking — the bearer handler's validation,
/// claim mapping and the authorisation policies — is the service's real code.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "http://identity.test/";
    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "directory-tests" };

    /// <summary>Stands in for the discovery document: the issuer and its signing key.</summary>
    public static OpenIdConnectConfiguration Configuration { get; } = CreateConfiguration();

    public static string VcseClient(Guid organisationId, params string[] scopes) =>
        Issue(Roles.VcseClient, scopes.Length == 0 ? [ApiScopes.DirectoryRead, ApiScopes.DirectoryWrite] : scopes, organisationId: organisationId);

    public static string LinkWorker() => Issue(Roles.LinkWorker, [ApiScopes.DirectoryRead], teamId: Guid.NewGuid());

    public static string Service() => Issue(Roles.Service, [ApiScopes.DirectoryRead]);

    public static string Issue(string role, IEnumerable<string> scopes, Guid? organisationId = null, Guid? teamId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, Guid.NewGuid().ToString()),
            new(ClaimNames.Role, role),
            new(ClaimNames.Scope, string.Join(' ', scopes)),
        };
        if (organisationId is { } organisation)
        {
            claims.Add(new Claim(ClaimNames.OrganisationId, organisation.ToString()));
        }
        if (teamId is { } team)
        {
            claims.Add(new Claim(ClaimNames.TeamId, team.ToString()));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audiences.Directory,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static OpenIdConnectConfiguration CreateConfiguration()
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        configuration.SigningKeys.Add(Key);
        return configuration;
    }
}
