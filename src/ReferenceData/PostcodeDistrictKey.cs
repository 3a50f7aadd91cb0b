using System.Text.RegularExpressions;

namespace SocialPrescribing.ReferenceData;

/// <summary>
/// A postcode district (outward code, e.g. "WV14") as every table here keys it: upper case, no spaces, so " wv14" and
/// "WV14" find the same row in every service.
/// </summary>
public static partial class PostcodeDistrictKey
{
    public static string Normalise(string district) => district.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsWellFormed(string? district) => district is not null && Shape().IsMatch(district);

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?$")]
    private static partial Regex Shape();
}
