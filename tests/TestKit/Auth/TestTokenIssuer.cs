using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>
/// For a service's in-process tests, where no identity service runs: access tokens shaped as the
/// identity service issues them (at+jwt, JWT claim names, the service's audience), signed with a key
/// the test host trusts in place of the identity service's discovery document. Everything after
/// signature checking — the bearer handler's validation, claim mapping and the authorisation
/// policies — is the service's real code. System tests get real tokens from <see cref="TokenClient"/>.
/// </summary>
public sealed class TestTokenIssuer
{
    public const string Issuer = "http://identity.test/";

    private readonly string _audience;
    private readonly RsaSecurityKey _key;

    public TestTokenIssuer(string audience)
    {
        _audience = audience;
        _key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = $"{audience}-tests" };
        Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        Configuration.SigningKeys.Add(_key);
    }

    /// <summary>Stands in for the discovery document: the issuer and its signing key.</summary>
    public OpenIdConnectConfiguration Configuration { get; }

    /// <summary>Makes the service under test trust these tokens instead of fetching the identity service's discovery document.</summary>
    public void TrustIn(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(Configuration));

    /// <param name="subject">The token's subject: a user's id, or for a service or VCSE client its client id (default: a new one).</param>
    public string Issue(
        string role, IEnumerable<string> scopes, Guid? organisationId = null, Guid? teamId = null, string? subject = null, Guid? volunteerId = null, string? name = null, string? email = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, subject ?? $"{role}-{Guid.NewGuid():N}"),
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
        if (name is not null)
        {
            claims.Add(new Claim(ClaimNames.Name, name));
        }
        if (email is not null)
        {
            claims.Add(new Claim(ClaimNames.Email, email));
        }
        if (volunteerId is { } volunteer)
        {
            claims.Add(new Claim(ClaimNames.VolunteerId, volunteer.ToString()));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = _audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }
}
