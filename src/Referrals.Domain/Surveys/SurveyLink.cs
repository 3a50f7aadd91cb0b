using System.Security.Cryptography;

namespace SocialPrescribing.Referrals.Domain.Surveys;

/// <summary>
/// A survey's single-use link: an unguessable token (256 random bits) that signs nobody in. Only its hash is stored,
/// so a copy of the database opens no survey; it expires <see cref="ValidFor"/> after it is made.
/// </summary>
public static class SurveyLink
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(30);

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the token, as lower-case hex: enough, as the token is random and long (no dictionary to try).</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
