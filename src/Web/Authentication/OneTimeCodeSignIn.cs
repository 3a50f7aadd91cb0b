using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Authentication;

public enum CodeRequestOutcome
{
    Sent,
    NotAccepted,
    TooMany,
}

/// <summary>
/// Volunteers have no password: they ask for a one-time code (our identity service's
/// <c>/connect/otp/send</c>) and trade it at the provider's token endpoint for tokens with the
/// <c>urn:socialprescribing:otp</c> grant, as client <c>web</c>. Their claims come from the
/// userinfo endpoint; the session is the same cookie the OpenID Connect sign-in makes.
/// </summary>
public sealed class OneTimeCodeSignIn(
    IHttpClientFactory httpClients,
    IOptionsMonitor<OpenIdConnectOptions> oidcOptions,
    TimeProvider time)
{
    public const string GrantType = "urn:socialprescribing:otp";

    /// <summary>How the session's identity says it was made (no id token, so no sign-out at the provider).</summary>
    public const string AuthenticationType = "one-time-code";
    private const string ServiceName = "identity";

    private OpenIdConnectOptions Options => oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme);

    private HttpClient Http => httpClients.CreateClient(nameof(OneTimeCodeSignIn));

    public async Task<CodeRequestOutcome> SendCodeAsync(string identifier, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(new Uri(Options.Authority!.TrimEnd('/') + "/"), "connect/otp/send");
        using var response = await ServiceCalls.RunAsync(ServiceName, () =>
            Http.PostAsync(endpoint, new FormUrlEncodedContent(new Dictionary<string, string> { ["identifier"] = identifier }), cancellationToken));
        return response.StatusCode switch
        {
            HttpStatusCode.Accepted or HttpStatusCode.OK => CodeRequestOutcome.Sent,
            HttpStatusCode.TooManyRequests => CodeRequestOutcome.TooMany,
            HttpStatusCode.BadRequest => CodeRequestOutcome.NotAccepted,
            _ => throw new ServiceUnavailableException(ServiceName),
        };
    }

    /// <summary>Signs the volunteer in; false when the code is wrong, expired or used.</summary>
    public async Task<bool> SignInAsync(HttpContext http, string identifier, string code, CancellationToken cancellationToken)
    {
        var options = Options;
        var configuration = await ServiceCalls.RunAsync(ServiceName, () => options.ConfigurationManager!.GetConfigurationAsync(cancellationToken));
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = GrantType,
            ["identifier"] = identifier,
            ["code"] = code,
            ["client_id"] = options.ClientId!,
            ["scope"] = string.Join(' ', options.Scope),
        };
        if (options.ClientSecret is { Length: > 0 } secret)
        {
            form["client_secret"] = secret;
        }

        using var tokenResponse = await ServiceCalls.RunAsync(ServiceName, () =>
            Http.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken));
        if (tokenResponse.StatusCode == HttpStatusCode.BadRequest)
        {
            return false;
        }
        await ServiceCalls.EnsureAnsweredAsync(ServiceName, tokenResponse, cancellationToken);
        using var tokens = await JsonDocument.ParseAsync(await tokenResponse.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var accessToken = tokens.RootElement.GetProperty("access_token").GetString()!;

        var principal = await UserInfoAsync(configuration.UserInfoEndpoint, accessToken, cancellationToken);
        var properties = new AuthenticationProperties();
        var stored = new List<AuthenticationToken>
        {
            new() { Name = "access_token", Value = accessToken },
            new()
            {
                Name = "expires_at",
                Value = time.GetUtcNow().AddSeconds(tokens.RootElement.GetProperty("expires_in").GetInt32()).ToString("o", CultureInfo.InvariantCulture),
            },
        };
        if (tokens.RootElement.TryGetProperty("refresh_token", out var refresh))
        {
            stored.Add(new AuthenticationToken { Name = "refresh_token", Value = refresh.GetString()! });
        }
        properties.StoreTokens(stored);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, properties);
        return true;
    }

    private async Task<ClaimsPrincipal> UserInfoAsync(string endpoint, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await ServiceCalls.RunAsync(ServiceName, () => Http.SendAsync(request, cancellationToken));
        await ServiceCalls.EnsureAnsweredAsync(ServiceName, response, cancellationToken);
        using var user = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);

        var claims = new List<Claim>();
        foreach (var property in user.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                claims.AddRange(property.Value.EnumerateArray().Select(v => new Claim(property.Name, v.ToString())));
            }
            else
            {
                claims.Add(new Claim(property.Name, property.Value.ToString()));
            }
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimNames.Name, ClaimNames.Role));
    }
}
