using System.Net;
using System.Security.Cryptography;
using System.Text;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.Identity.Infrastructure.SignInLimits;

/// <summary>
/// How often anyone may try to sign in — at the token endpoint and the staff login form — per
/// client IP and per account (user name, client_id or a volunteer's email or phone), in fixed
/// one-minute windows, under <c>Identity:SignInLimits</c>: <c>PerIpPerMinute</c> (default 60),
/// <c>PerAccountPerMinute</c> (default 10), and <c>Enabled</c> (default true; false lifts both,
/// for load tests). Counts are per process: each replica allows its own.
/// </summary>
public sealed class SignInRateLimiter
{
    public const string Section = "Identity:SignInLimits";

    private readonly FixedWindowLimits? _perIp;
    private readonly FixedWindowLimits? _perAccount;

    public SignInRateLimiter(IConfiguration configuration, TimeProvider time)
    {
        var section = configuration.GetSection(Section);
        if (!section.GetValue("Enabled", true))
        {
            return;
        }
        _perIp = new FixedWindowLimits(section.GetValue("PerIpPerMinute", 60), TimeSpan.FromMinutes(1), time);
        _perAccount = new FixedWindowLimits(section.GetValue("PerAccountPerMinute", 10), TimeSpan.FromMinutes(1), time);
    }

    /// <summary>
    /// Counts an attempt; null when it may go ahead, otherwise how long to wait. The account is
    /// kept only as a hash, so neither names nor emails sit in memory as partition keys.
    /// </summary>
    /// <summary>
    /// Counts an attempt; null when it may go ahead, otherwise how long to wait. The account is
    /// kept only as a hash, so neither names nor emails sit in memory as keys.
    /// </summary>
    public TimeSpan? TryAcquire(IPAddress? clientIp, string? account)
    {
        if (_perIp is null || _perAccount is null)
        {
            return null;
        }
        return _perIp.TryAcquire(clientIp?.ToString() ?? "unknown")
            ?? (account is null ? null : _perAccount.TryAcquire(Hash(account)));
    }

    private static string Hash(string account) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account)));
}
