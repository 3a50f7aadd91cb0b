using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>
/// Gets real tokens from a running identity service the way real clients do — no password
/// grant: the authorisation-code flow with PKCE through the actual login form (a browser's
/// redirects and cookies, followed by hand), client credentials, and the volunteers'
/// one-time-code grant with the code read from the development outbox.
/// </summary>
/// <param name="identity">The identity service's base address.</param>
/// <param name="clientId">The interactive client registered with <paramref name="redirectUri"/>.</param>
public sealed partial class TokenClient(Uri identity, string clientId = "web", string redirectUri = TokenClient.DefaultRedirectUri, string? clientSecret = null) : IDisposable
{
    public const string DefaultRedirectUri = "http://localhost/signin-oidc";
    public const string OneTimeCodeGrantType = "urn:socialprescribing:otp";

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = identity };
    private readonly ConcurrentDictionary<string, Task<TokenSet>> _cache = new();

    public Uri Identity => identity;

    /// <summary>An access token for the account (cached per account and scopes).</summary>
    public async Task<string> GetAccessTokenAsync(TestAccount account, IEnumerable<string> scopes, CancellationToken cancellationToken = default)
    {
        var scopeList = scopes.ToList();
        var key = $"{account.UserName}|{string.Join(' ', scopeList)}";
        var tokens = _cache.GetOrAdd(key, _ => account.Password is not null
            ? SignInAsync(account.UserName, account.Password, scopeList, cancellationToken)
            : SignInWithOneTimeCodeAsync(account.OneTimeCodeIdentifier
                ?? throw new ArgumentException($"{account} has neither a password nor a one-time-code identifier."), scopeList, cancellationToken));
        try
        {
            return (await tokens).AccessToken;
        }
        catch
        {
            _cache.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>Signs a staff user in through the login form and redeems the code with its PKCE verifier.</summary>
    public async Task<TokenSet> SignInAsync(string userName, string password, IEnumerable<string> scopes, CancellationToken cancellationToken = default)
    {
        var authorization = await AuthorizeAsync(userName, password, scopes, cancellationToken);
        if (authorization.Code is null)
        {
            throw new InvalidOperationException($"Sign-in as '{userName}' was refused: {authorization.LoginError}");
        }
        return await ReadTokensAsync(await RedeemCodeAsync(authorization.Code, authorization.CodeVerifier, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The browser part of the authorisation-code flow: authorize → login form → authorize →
    /// redirect to the client with a code. Returns the code (or the login page's error) and the
    /// PKCE verifier, without redeeming it.
    /// </summary>
    public async Task<AuthorizationCodeResult> AuthorizeAsync(string userName, string password, IEnumerable<string> scopes, CancellationToken cancellationToken = default)
    {
        var browser = new Browser(_http);
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var state = Base64Url(RandomNumberGenerator.GetBytes(8));
        var query = QueryString(new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = string.Join(' ', scopes),
            ["state"] = state,
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });

        var page = await browser.FollowAsync(HttpMethod.Get, new Uri(identity, "connect/authorize?" + query), null, redirectUri, cancellationToken);
        if (page.RedirectedTo is null)
        {
            var form = HtmlForm.Parse(page.Html, page.Url);
            form.Fields["Input.UserName"] = userName;
            form.Fields["Input.Password"] = password;
            page = await browser.FollowAsync(HttpMethod.Post, form.Action, new FormUrlEncodedContent(form.Fields), redirectUri, cancellationToken);
        }

        if (page.RedirectedTo is null)
        {
            return new AuthorizationCodeResult(null, verifier, LoginErrorOf(page.Html) ?? $"no redirect to the client (HTTP {(int)page.Status})");
        }
        var parameters = ParseQuery(page.RedirectedTo.Query);
        if (parameters.GetValueOrDefault("state") != state)
        {
            throw new InvalidOperationException("The authorisation response's state does not match the request's.");
        }
        return new AuthorizationCodeResult(parameters.GetValueOrDefault("code"), verifier,
            parameters.TryGetValue("error", out var error) ? $"{error}: {parameters.GetValueOrDefault("error_description")}" : null);
    }

    public Task<HttpResponseMessage> RedeemCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken = default) =>
        RequestTokenAsync(WithClient(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = codeVerifier,
            ["redirect_uri"] = redirectUri,
        }), cancellationToken);

    public async Task<TokenSet> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default) =>
        await ReadTokensAsync(await RequestTokenAsync(WithClient(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }), cancellationToken), cancellationToken);

    public async Task<TokenSet> ClientCredentialsAsync(string id, string secret, IEnumerable<string>? scopes = null, CancellationToken cancellationToken = default) =>
        await ReadTokensAsync(await RequestClientCredentialsAsync(id, secret, scopes, cancellationToken), cancellationToken);

    public Task<HttpResponseMessage> RequestClientCredentialsAsync(string id, string secret, IEnumerable<string>? scopes = null, CancellationToken cancellationToken = default)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret };
        if (scopes?.ToList() is { Count: > 0 } list)
        {
            form["scope"] = string.Join(' ', list);
        }
        return RequestTokenAsync(form, cancellationToken);
    }

    public Task<HttpResponseMessage> SendOneTimeCodeAsync(string identifier, CancellationToken cancellationToken = default) =>
        _http.PostAsync("connect/otp/send", new FormUrlEncodedContent(new Dictionary<string, string> { ["identifier"] = identifier }), cancellationToken);

    /// <summary>The newest code the development sender recorded for the email or phone number.</summary>
    public async Task<string?> ReadDevelopmentCodeAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var messages = await _http.GetFromJsonAsync<JsonElement>($"dev/outbox?to={Uri.EscapeDataString(identifier)}", cancellationToken);
        return messages.EnumerateArray().Select(m => m.GetProperty("code").GetString()).FirstOrDefault();
    }

    public Task<HttpResponseMessage> RedeemOneTimeCodeAsync(string identifier, string code, IEnumerable<string> scopes, CancellationToken cancellationToken = default) =>
        RequestTokenAsync(WithClient(new Dictionary<string, string>
        {
            ["grant_type"] = OneTimeCodeGrantType,
            ["identifier"] = identifier,
            ["code"] = code,
            ["scope"] = string.Join(' ', scopes),
        }), cancellationToken);

    /// <summary>Asks for a code, reads it from the development outbox and redeems it.</summary>
    public async Task<TokenSet> SignInWithOneTimeCodeAsync(string identifier, IEnumerable<string> scopes, CancellationToken cancellationToken = default)
    {
        (await SendOneTimeCodeAsync(identifier, cancellationToken)).EnsureSuccessStatusCode();
        var code = await ReadDevelopmentCodeAsync(identifier, cancellationToken)
            ?? throw new InvalidOperationException("The development outbox holds no code for the identifier.");
        return await ReadTokensAsync(await RedeemOneTimeCodeAsync(identifier, code, scopes, cancellationToken), cancellationToken);
    }

    public Task<HttpResponseMessage> RequestTokenAsync(IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken = default) =>
        _http.PostAsync("connect/token", new FormUrlEncodedContent(form), cancellationToken);

    public static async Task<TokenSet> ReadTokensAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException(
                    $"The token endpoint refused ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
            return await response.Content.ReadFromJsonAsync<TokenSet>(cancellationToken)
                ?? throw new InvalidOperationException("The token endpoint returned an empty body.");
        }
    }

    public void Dispose() => _http.Dispose();

    private Dictionary<string, string> WithClient(Dictionary<string, string> form)
    {
        form["client_id"] = clientId;
        if (clientSecret is not null)
        {
            form["client_secret"] = clientSecret;
        }
        return form;
    }

    private static string? LoginErrorOf(string html) =>
        ErrorText().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value.Trim()) : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string QueryString(Dictionary<string, string> values) =>
        string.Join('&', values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));

    private static Dictionary<string, string> ParseQuery(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");

    /// <summary>The login page's first error, as its NHS error summary lists it.</summary>
    [GeneratedRegex("""nhsuk-error-summary__list">\s*<li><a href="[^"]*">(.*?)</a>""", RegexOptions.Singleline)]
    private static partial Regex ErrorText();

    /// <summary>Just enough of a browser: cookies, and redirects followed until one leaves for the client.</summary>
    private sealed class Browser(HttpClient http)
    {
        private readonly CookieContainer _cookies = new();

        public async Task<Page> FollowAsync(HttpMethod method, Uri url, HttpContent? content, string stopAt, CancellationToken cancellationToken)
        {
            for (var hops = 0; hops < 10; hops++)
            {
                using var request = new HttpRequestMessage(method, url) { Content = content };
                if (_cookies.GetCookieHeader(url) is { Length: > 0 } cookieHeader)
                {
                    request.Headers.Add("Cookie", cookieHeader);
                }
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                {
                    foreach (var cookie in setCookies)
                    {
                        _cookies.SetCookies(url, cookie);
                    }
                }

                if (response.Headers.Location is not { } location || (int)response.StatusCode is < 300 or >= 400)
                {
                    return new Page(url, response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), null);
                }
                var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                if (next.GetLeftPart(UriPartial.Path).StartsWith(stopAt, StringComparison.OrdinalIgnoreCase))
                {
                    return new Page(url, response.StatusCode, "", next);
                }
                (method, url, content) = (HttpMethod.Get, next, null);
            }
            throw new InvalidOperationException("Too many redirects.");
        }
    }

    private sealed record Page(Uri Url, HttpStatusCode Status, string Html, Uri? RedirectedTo);
}

/// <param name="Code">The authorisation code, or null when sign-in was refused.</param>
/// <param name="CodeVerifier">The PKCE verifier the code must be redeemed with.</param>
/// <param name="LoginError">What the login page (or the error redirect) said, when refused.</param>
public sealed record AuthorizationCodeResult(string? Code, string CodeVerifier, string? LoginError);
