using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>
/// Access tokens shaped as the identity service issues them (at+jwt, JWT claim names, audience
/// "referrals"), signed with a key the test host trusts in place of the identity service's
/// discovery document. Validation, claim mapping and the policies are the service's real code.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "http://identity.test/";
    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "referrals-tests" };

    public static OpenIdConnectConfiguration Configuration { get; } = CreateConfiguration();

    public static string LinkWorker(Guid teamId) => Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId);

    public static string TeamLead(Guid teamId) => Issue(Roles.TeamLead, [ApiScopes.Referrals], teamId: teamId);

    public static string VcseStaff(Guid organisationId) => Issue(Roles.VcseStaff, [ApiScopes.Referrals], organisationId: organisationId);

    public static string Commissioner() => Issue(Roles.Commissioner, [ApiScopes.Referrals]);

    public static string Service() => Issue(Roles.Service, [ApiScopes.Referrals]);

    public static string Issue(string role, IEnumerable<string> scopes, Guid? organisationId = null, Guid? teamId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, $"{role}-{Guid.NewGuid():N}"),
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
            Audience = Audiences.Referrals,
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
