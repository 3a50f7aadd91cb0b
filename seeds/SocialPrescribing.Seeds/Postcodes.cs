using System.Text.RegularExpressions;

namespace SocialPrescribing.Seeds;

/// <summary>UK postcode shapes: the outward code (district, e.g. "WV14") and the full postcode ("WV14 0EP").</summary>
public static partial class Postcodes
{
    public static bool IsWellFormed(string? postcode) => postcode is not null && FullPostcode().IsMatch(postcode);

    /// <summary>The district of a full postcode: the part before the space ("DY4 8QT" is in "DY4").</summary>
    public static string DistrictOf(string postcode)
    {
        var trimmed = postcode.Trim().ToUpperInvariant();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        // Without a space the inward code is always the last three characters.
        return space > 0 ? trimmed[..space] : trimmed[..Math.Max(0, trimmed.Length - 3)];
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")]
    private static partial Regex FullPostcode();
}
