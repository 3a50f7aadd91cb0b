using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialPrescribing.RateLimiting;

public static class ClientRateLimit
{
    /// <summary>
    /// Limits each client address to the given limits' permits per window: over them, a 429 problem with Retry-After.
    /// One busy caller (an ORUK harvester, a script asking for codes) cannot starve the others.
    /// </summary>
    public static TBuilder RequireClientRateLimit<TBuilder>(this TBuilder builder, FixedWindowLimits limits)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (limits.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown") is { } wait)
            {
                http.Response.Headers.RetryAfter = RetryAfterSeconds(wait);
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: $"This address may make {limits.PermitLimit} requests a window here. Wait {RetryAfterSeconds(wait)} seconds before trying again.");
            }
            return await next(context);
        });
        return builder;
    }

    /// <summary>Whole seconds for a Retry-After header, at least one.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
