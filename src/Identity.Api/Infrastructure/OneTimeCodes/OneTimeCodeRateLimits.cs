using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

/// <summary>
/// Limits on asking for codes: per caller IP and per identifier (checked in the endpoint, the same for known and
/// unknown identifiers so the limit reveals nothing). Both are configurable under <c>Identity:OneTimeCodes</c>.
/// </summary>
public sealed class OneTimeCodeRateLimits(IConfiguration configuration, TimeProvider time)
{
    private readonly FixedWindowLimits _perIdentifier =
        new(configuration.GetValue("Identity:OneTimeCodes:PerIdentifierPer15Minutes", 5), TimeSpan.FromMinutes(15), time);

    public FixedWindowLimits PerIp { get; } =
        new(configuration.GetValue("Identity:OneTimeCodes:PerIpPerMinute", 10), TimeSpan.FromMinutes(1), time);

    public bool TryAcquireFor(string normalisedIdentifier) => _perIdentifier.TryAcquire(normalisedIdentifier) is null;
}
