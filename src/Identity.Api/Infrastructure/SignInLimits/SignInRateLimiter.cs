using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace SocialPrescribing.Identity.Infrastructure.SignInLimits;

/// <summary>
/// How often anyone may try to sign in — at the token endpoint and the staff login form — per
/// client IP and per account (user name, client_id or a volunteer's email or phone), in fixed
/// one-minute windows, under <c>Identity:SignInLimits</c>: <c>PerIpPerMinute</c> (default 60),
/// <c>PerAccountPerMinute</c> (default 10), and <c>Enabled</c> (default true; false lifts both,
/// for load tests). Counts are per process: each replica allows its own.
/// </summary>
public sealed class SignInRateLimiter : IDisposable
{
    public const string Section = "Identity:SignInLimits";

    private readonly PartitionedRateLimiter<SignInAttempt>? _limiter;

    public SignInRateLimiter(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.GetValue("Enabled", true))
        {
            return;
        }
        var perIp = section.GetValue("PerIpPerMinute", 60);
        var perAccount = section.GetValue("PerAccountPerMinute", 10);
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<SignInAttempt, string>(a => PerMinute(a.ClientIp, perIp)),
            PartitionedRateLimiter.Create<SignInAttempt, string>(a => a.Account is null
                ? RateLimitPartition.GetNoLimiter("")
                : PerMinute(a.Account, perAccount)));
    }

    /// <summary>
    /// Counts an attempt; null when it may go ahead, otherwise how long to wait. The account is
    /// kept only as a hash, so neither names nor emails sit in memory as partition keys.
    /// </summary>
    public TimeSpan? TryAcquire(IPAddress? clientIp, string? account)
    {
        if (_limiter is null)
        {
            return null;
        }
        var attempt = new SignInAttempt(clientIp?.ToString() ?? "unknown", account is null ? null : Hash(account));
        using var lease = _limiter.AttemptAcquire(attempt);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
            : TimeSpan.FromMinutes(1);
    }

    /// <summary>Whole seconds for a Retry-After header, at least one.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _limiter?.Dispose();

    private static RateLimitPartition<string> PerMinute(string key, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static string Hash(string account) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account)));

    private readonly record struct SignInAttempt(string ClientIp, string? Account);
}
