using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialPrescribing.Identity.Pages.Account;

namespace SocialPrescribing.Identity.Tests;

/// <summary>
/// One identity service with the sign-in limits on (3 tries a minute per account, 5 per client IP) and the
/// default code-request limits. Each test calls from client addresses of its own, given as X-Forwarded-For
/// (trusted from loopback, as from the web), so the tests do not share counts.
/// </summary>
public sealed partial class SignInLimitTests(IdentityServerFixture identity) : IAsyncLifetime
{
    private const int PerAccount = 3;
    private const int PerIp = 5;
    private IdentityServer? _server;
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IdentityServer Server => _server!;

    public async ValueTask InitializeAsync() =>
        _server = await IdentityServer.StartAsync(identity.Postgres, settings: new Dictionary<string, string?>
        {
            ["Identity:SignInLimits:Enabled"] = "true",
            ["Identity:SignInLimits:PerAccountPerMinute"] = PerAccount.ToString(),
            ["Identity:SignInLimits:PerIpPerMinute"] = PerIp.ToString(),
            ["Identity:OneTimeCodes:PerIpPerMinute"] = "10",
            ["Identity:OneTimeCodes:PerIdentifierPer15Minutes"] = "5",
        });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_client_id_that_has_had_its_tries_gets_429_with_Retry_After_while_another_client_id_does_not()
    {
        using var http = ClientFrom("203.0.113.11");

        for (var attempt = 1; attempt <= PerAccount; attempt++)
        {
            using var refused = await ClientCredentialsAsync(http, "directory", "not-the-secret");
            Assert.Equal("invalid_client", await OAuthErrorOf(refused));
        }
        using var limited = await ClientCredentialsAsync(http, "directory", IdentityServer.ServiceClientSecret);
        using var other = await ClientCredentialsAsync(http, "no-such-client", "any-secret");

        await AssertTooManyAsync(limited);
        Assert.Equal("invalid_client", await OAuthErrorOf(other));
    }

    [Fact]
    public async Task One_client_IP_is_limited_at_the_token_endpoint_while_another_is_not()
    {
        using var busy = ClientFrom("203.0.113.12");
        using var quiet = ClientFrom("203.0.113.13");

        for (var attempt = 1; attempt <= PerIp; attempt++)
        {
            using var refused = await ClientCredentialsAsync(busy, $"guessed-client-{attempt}", "any-secret");
            Assert.Equal("invalid_client", await OAuthErrorOf(refused));
        }
        using var limited = await ClientCredentialsAsync(busy, "directory", IdentityServer.ServiceClientSecret);
        using var allowed = await ClientCredentialsAsync(quiet, "directory", IdentityServer.ServiceClientSecret);

        await AssertTooManyAsync(limited);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_volunteer_identifier_is_limited_at_the_token_endpoint()
    {
        var volunteer = await Server.CreateVolunteerAccountAsync();
        using var http = ClientFrom("203.0.113.14");

        for (var attempt = 1; attempt <= PerAccount; attempt++)
        {
            using var refused = await RedeemCodeAsync(http, volunteer.OneTimeCodeIdentifier!, "000000");
            Assert.Equal("invalid_grant", await OAuthErrorOf(refused));
        }
        using var limited = await RedeemCodeAsync(http, volunteer.OneTimeCodeIdentifier!.ToUpperInvariant(), "000000");

        await AssertTooManyAsync(limited);
    }

    [Fact]
    public async Task The_login_form_refuses_a_user_name_after_its_tries_with_429_Retry_After_and_a_plain_message()
    {
        var account = await Server.CreateStaffAccountAsync(Roles.LinkWorker);
        var browser = new LoginBrowser(Server.BaseAddress, "203.0.113.15");

        for (var attempt = 1; attempt <= PerAccount; attempt++)
        {
            var (status, _, html) = await browser.SignInAsync(account.UserName, "not-the-password", Cancellation);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(WebUtility.HtmlEncode(LoginModel.GenericError), html, StringComparison.Ordinal);
        }
        var (limitedStatus, retryAfter, limitedHtml) = await browser.SignInAsync(account.UserName.ToUpperInvariant(), IdentityServer.Password, Cancellation);
        var (otherStatus, _, otherHtml) = await browser.SignInAsync("someone.else", "not-the-password", Cancellation);

        Assert.Equal(HttpStatusCode.TooManyRequests, limitedStatus);
        Assert.InRange(retryAfter!.Value, 1, 60);
        Assert.Contains(WebUtility.HtmlEncode(LoginModel.TooManyAttempts(TimeSpan.FromSeconds(retryAfter.Value))), limitedHtml, StringComparison.Ordinal);
        Assert.Contains("There is a problem", limitedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, otherStatus);
        Assert.Contains(WebUtility.HtmlEncode(LoginModel.GenericError), otherHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_volunteer_identifier_is_limited_while_another_still_gets_a_code()
    {
        // Both come through the web, which forwards each visitor's address: one asks for codes for the
        // same person over and over, the other asks once for their own.
        var target = await Server.CreateVolunteerAccountAsync();
        var other = await Server.CreateVolunteerAccountAsync();
        using var hammering = ClientFrom("203.0.113.16");
        using var volunteer = ClientFrom("198.51.100.17");

        var answers = new List<HttpStatusCode>();
        for (var request = 1; request <= 12; request++)
        {
            using var answer = await SendCodeAsync(hammering, target.OneTimeCodeIdentifier!);
            answers.Add(answer.StatusCode);
        }
        using var otherAnswer = await SendCodeAsync(volunteer, other.OneTimeCodeIdentifier!);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Accepted, 5), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 7)], answers);
        Assert.Equal(HttpStatusCode.Accepted, otherAnswer.StatusCode);
        using var tokens = Server.NewTokenClient();
        Assert.NotNull(await tokens.ReadDevelopmentCodeAsync(other.OneTimeCodeIdentifier!, Cancellation));
    }

    private HttpClient ClientFrom(string clientIp)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", clientIp);
        return http;
    }

    private Task<HttpResponseMessage> ClientCredentialsAsync(HttpClient http, string clientId, string secret) =>
        http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }), Cancellation);

    private Task<HttpResponseMessage> RedeemCodeAsync(HttpClient http, string identifier, string code) =>
        http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = TokenClient.OneTimeCodeGrantType,
            ["client_id"] = "web",
            ["identifier"] = identifier,
            ["code"] = code,
        }), Cancellation);

    private Task<HttpResponseMessage> SendCodeAsync(HttpClient http, string identifier) =>
        http.PostAsync("connect/otp/send", new FormUrlEncodedContent(new Dictionary<string, string> { ["identifier"] = identifier }), Cancellation);

    private async Task<string?> OAuthErrorOf(HttpResponseMessage response)
    {
        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        return body.GetProperty("error").GetString();
    }

    private async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("Too many sign-in attempts", problem.GetProperty("title").GetString());
    }

    /// <summary>A browser at the login form: its cookie and antiforgery token, from one client address.</summary>
    private sealed partial class LoginBrowser(Uri identity, string clientIp)
    {
        private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = identity,
            DefaultRequestHeaders = { { "X-Forwarded-For", clientIp } },
        };

        public async Task<(HttpStatusCode Status, int? RetryAfter, string Html)> SignInAsync(string userName, string password, CancellationToken cancellationToken)
        {
            var form = await _http.GetStringAsync("account/login", cancellationToken);
            var token = AntiforgeryToken().Match(form).Groups[1].Value;
            using var response = await _http.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
            }), cancellationToken);
            return (response.StatusCode, (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds, await response.Content.ReadAsStringAsync(cancellationToken));
        }

        [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
        private static partial Regex AntiforgeryToken();
    }
}
