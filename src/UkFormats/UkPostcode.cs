using System.Text.RegularExpressions;

namespace SocialPrescribing.UkFormats;

/// <summary>A full UK postcode's shape, typed in any case, with or without its space.</summary>
public static partial class UkPostcode
{
    public const string NotAPostcode = "Enter a full UK postcode, like LS6 3HN";

    /// <summary>The outward ("LS6") and inward ("3HN") codes in capitals, or null when it is not a postcode.</summary>
    public static (string Outward, string Inward)? Read(string? input)
    {
        var compact = string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var match = Shape().Match(compact);
        return match.Success ? (match.Groups["outward"].Value, match.Groups["inward"].Value) : null;
    }

    // Outward: area (1–2 letters) + district (digit, then a digit or letter); inward: digit + 2 letters.
    [GeneratedRegex("^(?<outward>[A-Z]{1,2}[0-9][0-9A-Z]?)(?<inward>[0-9][A-Z]{2})$")]
    private static partial Regex Shape();
}
