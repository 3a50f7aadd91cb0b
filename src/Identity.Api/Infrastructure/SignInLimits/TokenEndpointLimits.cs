using System.Net.Http.Headers;
using System.Text;
using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;
using SocialPrescribing.RateLimiting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SocialPrescribing.Identity.Infrastructure.SignInLimits;

/// <summary>
/// Rate-limits <c>POST /connect/token</c> before OpenIddict sees the request — it checks client
/// secrets and codes itself, in the authentication middleware — so this must run before
/// <c>UseAuthentication</c>. The account is the client_id for client credentials and the email or
/// phone for the volunteers' one-time-code grant; authorisation codes and refresh tokens are
/// unguessable, so those grants count only against the IP.
/// </summary>
public static class TokenEndpointLimits
{
    private const string TokenPath = "/connect/token";

    public static IApplicationBuilder UseTokenEndpointLimits(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(http);
                return;
            }
            var limiter = http.RequestServices.GetRequiredService<SignInRateLimiter>();
            var account = await AccountOfAsync(http.Request);
            if (limiter.TryAcquire(http.Connection.RemoteIpAddress, account) is not { } wait)
            {
                await next(http);
                return;
            }
            http.Response.Headers.RetryAfter = ClientRateLimit.RetryAfterSeconds(wait);
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many sign-in attempts",
                detail: $"Wait {ClientRateLimit.RetryAfterSeconds(wait)} seconds before trying again.").ExecuteAsync(http);
        });

    /// <summary>The account the request signs in as; null when there is none or the form cannot be read (OpenIddict then refuses it).</summary>
    private static async Task<string?> AccountOfAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }
        try
        {
            return AccountOf(request, await request.ReadFormAsync(request.HttpContext.RequestAborted));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? AccountOf(HttpRequest request, IFormCollection form) => form[Parameters.GrantType].ToString() switch
    {
        GrantTypes.ClientCredentials => ClientIdOf(request, form) is { Length: > 0 } clientId ? "client:" + clientId : null,
        OneTimeCodeGrant.GrantType when form[OneTimeCodeGrant.IdentifierParameter].ToString() is { Length: > 0 } identifier =>
            "volunteer:" + OneTimeCodeIdentifier.Normalise(identifier),
        _ => null,
    };

    /// <summary>The client_id from the form or, for client_secret_basic, from the Authorization header.</summary>
    private static string? ClientIdOf(HttpRequest request, IFormCollection form)
    {
        if (form[Parameters.ClientId].ToString() is { Length: > 0 } inForm)
        {
            return inForm;
        }
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            var bytes = new byte[encoded.Length];
            if (Convert.TryFromBase64String(encoded, bytes, out var written))
            {
                var pair = Encoding.UTF8.GetString(bytes[..written]);
                return Uri.UnescapeDataString(pair.Split(':', 2)[0]);
            }
        }
        return null;
    }
}
