using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>
/// Stands in for the OpenID Connect session in page tests: the browser sends
/// <c>X-Test-User: role[;claim=value...]</c> and the web sees a signed-in person with that role
/// and those claims, as the cookie made from the identity service's tokens would give it.
/// </summary>
public sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    public static string VolunteerHeader(Guid volunteerId) => $"{Roles.Volunteer};{ClaimNames.VolunteerId}={volunteerId}";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers[Header].ToString() is not { Length: > 0 } header)
        {
            // No stand-in header: the real session cookie decides (the one-time-code journey).
            return Context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        var parts = header.Split(';');
        var claims = new List<Claim> { new(ClaimNames.Subject, "test-user"), new(ClaimNames.Name, "Test Person"), new(ClaimNames.Role, parts[0]) };
        claims.AddRange(parts.Skip(1).Select(p => p.Split('=', 2)).Select(kv => new Claim(kv[0], kv[1])));
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimNames.Name, ClaimNames.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
