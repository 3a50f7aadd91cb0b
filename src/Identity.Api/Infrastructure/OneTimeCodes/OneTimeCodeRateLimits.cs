using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

/// <summary>
/// Limits on asking for codes: per caller IP (rate-limiter middleware policy) and per
/// identifier (checked in the endpoint, the same for known and unknown identifiers so the
/// limit reveals nothing). Both are configurable under <c>Identity:OneTimeCodes</c>.
/// </summary>
public sealed class OneTimeCodeRateLimits : IDisposable
{
    public const string PerIpPolicy = "one-time-code-per-ip";

    private readonly PartitionedRateLimiter<string> _perIdentifier;

    public OneTimeCodeRateLimits(IConfiguration configuration)
    {
        var limit = configuration.GetValue("Identity:OneTimeCodes:PerIdentifierPer15Minutes", 5);
        _perIdentifier = PartitionedRateLimiter.Create<string, string>(identifier =>
            RateLimitPartition.GetFixedWindowLimiter(identifier, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(15),
                QueueLimit = 0,
            }));
    }

    public bool TryAcquireFor(string normalisedIdentifier)
    {
        using var lease = _perIdentifier.AttemptAcquire(normalisedIdentifier);
        return lease.IsAcquired;
    }

    public static void AddPerIpPolicy(RateLimiterOptions options, IConfiguration configuration)
    {
        var limit = configuration.GetValue("Identity:OneTimeCodes:PerIpPerMinute", 10);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(PerIpPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public void Dispose() => _perIdentifier.Dispose();
}
