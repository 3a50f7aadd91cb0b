using System.Net;
using System.Text.RegularExpressions;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

/// <summary>Behind a proxy that ends TLS, the proxy's X-Forwarded-Proto decides whether cookies are Secure, when that proxy is a known one.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ProxyHeadersTests(WebFixture fixture)
{
    // The antiforgery cookie's name ends in a hash of the application.
    private const string AntiforgeryCookie = ".AspNetCore.Antiforgery.";
    private const string SessionCookie = "sp.web";

    [Fact]
    public async Task Behind_a_known_TLS_proxy_the_session_and_antiforgery_cookies_are_Secure()
    {
        await using var web = WebServer.Start(fixture.Services, Settings(knownProxy: "127.0.0.1"));

        var cookies = await SignInWithCodeAsync(web, forwardedProto: "https");

        Assert.True(cookies.Single(c => c.Key.StartsWith(AntiforgeryCookie, StringComparison.Ordinal)).Value.Secure);
        Assert.True(cookies[SessionCookie].Secure);
    }

    [Fact]
    public async Task A_forwarded_scheme_from_a_proxy_not_configured_is_ignored()
    {
        await using var web = WebServer.Start(fixture.Services, Settings(knownProxy: "192.0.2.10"));

        var cookies = await SignInWithCodeAsync(web, forwardedProto: "https");

        Assert.False(cookies.Single(c => c.Key.StartsWith(AntiforgeryCookie, StringComparison.Ordinal)).Value.Secure);
        Assert.False(cookies[SessionCookie].Secure);
    }

    private IReadOnlyDictionary<string, string> Settings(string knownProxy) => new Dictionary<string, string>
    {
        ["Oidc:Authority"] = fixture.Services.BaseAddress.ToString(),
        ["Oidc:ClientId"] = "web",
        ["Oidc:Scopes"] = "profile roles volunteering",
        ["ForwardedHeaders:KnownProxies:0"] = knownProxy,
    };

    /// <summary>A volunteer's code sign-in as a browser behind the proxy makes it; the cookies set on the way, by name.</summary>
    private static async Task<Dictionary<string, (string Value, bool Secure)>> SignInWithCodeAsync(WebServer web, string forwardedProto)
    {
        var ct = TestContext.Current.CancellationToken;
        // Cookies are carried by hand: a container would not send a Secure cookie back over the test's plain HTTP.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = web.BaseAddress };
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        var cookies = new Dictionary<string, (string Value, bool Secure)>();

        using var form = await browser.GetAsync("/account/volunteer-sign-in", ct);
        Keep(form, cookies);
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync(ct)).Groups[1].Value;

        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/volunteer-sign-in?handler=Code")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Identifier"] = "margaret.hughes@example.org",
                ["Input.Code"] = StandInServices.OneTimeCode,
                ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value.Value}")));
        using var signedIn = await browser.SendAsync(signIn, ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Keep(signedIn, cookies);
        return cookies;
    }

    /// <summary>Each Set-Cookie by name, with whether it carries the Secure attribute.</summary>
    private static void Keep(HttpResponseMessage response, Dictionary<string, (string Value, bool Secure)> cookies)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var parts = header.Split(';', StringSplitOptions.TrimEntries);
            var (name, value) = (parts[0][..parts[0].IndexOf('=')], parts[0][(parts[0].IndexOf('=') + 1)..]);
            var secure = parts.Skip(1).Any(p => p.Equals("secure", StringComparison.OrdinalIgnoreCase));
            cookies[name] = (value, secure);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
