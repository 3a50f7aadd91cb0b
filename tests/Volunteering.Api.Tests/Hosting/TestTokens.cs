using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SocialPrescribing.Authorization;
using SocialPrescribing.TestKit.Auth;

namespace SocialPrescribing.Volunteering.Api.Tests.Hosting;

/// <summary>
/// Access tokens with the claims the identity service issues (sub, role, scope, volunteer_id,
/// organisation_id, team_id; typ at+jwt; audience "volunteering"), signed with a test key that the
/// service's own JwtBearer handler is configured to trust. The service's validation runs unchanged;
/// only where the key comes from differs (no identity service runs in these tests).
/// </summary>
public static class TestTokens
{
    public const string Issuer = "http://identity.test/";
    public static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("volunteering-tests-signing-key-0123456789abcdef"));

    public static string For(TestAccount account, string scope = ApiScopes.Volunteering)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, account.UserName),
            new(ClaimNames.Role, account.Role),
            new(ClaimNames.Scope, scope),
        };
        AddIf(ClaimNames.TeamId, account.TeamId);
        AddIf(ClaimNames.OrganisationId, account.OrganisationId);
        AddIf(ClaimNames.VolunteerId, account.VolunteerId);

        // Real time, not the tests' fake clock, and valid well beyond any time a test moves the clock to.
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audiences.Volunteering,
            TokenType = "at+jwt",
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddDays(-1),
            IssuedAt = now.AddDays(-1),
            Expires = now.AddDays(400),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });

        void AddIf(string type, string? value)
        {
            if (value is not null) claims.Add(new Claim(type, value));
        }
    }
}
