using System.Security.Cryptography;
using System.Text;

namespace SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

/// <summary>An email address or phone number a volunteer signs in with.</summary>
public static class OneTimeCodeIdentifier
{
    /// <summary>
    /// Emails compare case-insensitively; phone numbers by their digits, a UK "07…" number
    /// being the same as "+447…".
    /// </summary>
    public static string Normalise(string identifier)
    {
        var trimmed = identifier.Trim();
        if (IsEmail(trimmed))
        {
            return trimmed.ToLowerInvariant();
        }
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        return digits.StartsWith('0') ? "+44" + digits[1..] : "+" + digits;
    }

    public static bool IsEmail(string identifier) => identifier.Contains('@');

    public static string Hash(string normalised) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
}
