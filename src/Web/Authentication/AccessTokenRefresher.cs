using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace SocialPrescribing.Web.Authentication;

/// <summary>
/// Access tokens live minutes, the session hours: shortly before the access token expires the
/// refresh token buys a new one, so a person filling in a form is not sent away to sign in again.
/// When that fails (refresh token revoked or expired) the session ends and the next page asks
/// them to sign in.
/// </summary>
public sealed partial class AccessTokenRefresher(
    IHttpClientFactory httpClients,
    IOptionsMonitor<OpenIdConnectOptions> oidcOptions,
    TimeProvider time,
    ILogger<AccessTokenRefresher> logger)
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(1);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (expiresAt is null
            || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires)
            || expires - time.GetUtcNow() > RefreshAhead)
        {
            return;
        }

        var refreshed = refreshToken is null ? null : await RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        if (refreshed is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.Properties.UpdateTokenValue("access_token", refreshed.AccessToken);
        if (refreshed.RefreshToken is { Length: > 0 } rotated)
        {
            context.Properties.UpdateTokenValue("refresh_token", rotated);
        }
        context.Properties.UpdateTokenValue("expires_at",
            time.GetUtcNow().AddSeconds(refreshed.ExpiresIn).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }

    private async Task<TokenResponse?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
            };
            if (options.ClientSecret is { Length: > 0 } secret)
            {
                form["client_secret"] = secret;
            }
            using var response = await httpClients.CreateClient(nameof(AccessTokenRefresher))
                .PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefreshRefused((int)response.StatusCode);
                return null;
            }
            return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            LogRefreshFailed(e.Message);
            return null;
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshing the access token was refused ({StatusCode}); the session ends")]
    private partial void LogRefreshRefused(int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the access token failed: {Reason}; the session ends")]
    private partial void LogRefreshFailed(string reason);
}
