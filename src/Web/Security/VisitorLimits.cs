using Microsoft.AspNetCore.Mvc.ModelBinding;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.Web.Security;

/// <summary>
/// The page-level equivalent of the services' per-address rate limit (<see cref="ClientRateLimit"/>): over the limit,
/// the page is shown again with status 429, Retry-After, and a message saying how long to wait; nothing typed is lost.
/// </summary>
public static class VisitorLimits
{
    /// <returns>False, with the page set up to say so, when the visitor is over the limit.</returns>
    public static bool TryAcquire(this FixedWindowLimits limits, HttpContext http, ModelStateDictionary modelState, string tooManyWhat)
    {
        if (limits.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown") is not { } wait)
        {
            return true;
        }
        var seconds = ClientRateLimit.RetryAfterSeconds(wait);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds;
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        modelState.AddModelError("", $"There have been too many {tooManyWhat} from your connection. Wait {minutes} {(minutes == 1 ? "minute" : "minutes")} and try again.");
        return false;
    }
}
