namespace SocialPrescribing.UkFormats;

/// <summary>
/// A UK phone number by the shape of Ofcom's numbering plan, typed with or without spaces,
/// brackets or +44. Landlines (01, 02, 03) and mobiles (07) have 11 digits; a few 01 areas and
/// 0800/0808 have 10. "01902 000" is too short to be a number at all. Ofcom's drama ranges
/// (07700 900xxx, 01632 960xxx), which the demo data uses, have the right shape and pass.
/// </summary>
public static class UkPhoneNumber
{
    public const string NotAPhoneNumber = "Enter a UK phone number, like 01902 555 123 or 07700 900 982";
    public const string NotAMobileNumber = "Enter a UK mobile number, like 07700 900 982";

    /// <summary>A landline, a mobile, or a non-geographic number a person might give (03, 08).</summary>
    public static bool IsValid(string? input) => Digits(input) is { } d && (
        d[1] is '1' && d.Length is 10 or 11
        || d[1] is '2' or '3' && d.Length == 11
        || d.StartsWith("080", StringComparison.Ordinal) && d.Length is 10 or 11
        || d.StartsWith("08", StringComparison.Ordinal) && d.Length == 11
        || IsMobileShaped(d));

    public static bool IsMobile(string? input) => Digits(input) is { } d && IsMobileShaped(d);

    // 070 (personal numbers) and 076 (pagers) are not mobiles; 07624 is the Isle of Man's.
    private static bool IsMobileShaped(string d) =>
        d.Length == 11 && d[1] == '7' && (d[2] is '1' or '2' or '3' or '4' or '5' or '7' or '8' or '9' || d.StartsWith("07624", StringComparison.Ordinal));

    /// <summary>The national digits ("01902555123"), or null when it is not a UK number's shape.</summary>
    private static string? Digits(string? input)
    {
        var compact = string.Concat((input ?? "").Where(c => c is not (' ' or '-' or '(' or ')')));
        foreach (var international in new[] { "+440", "+44", "00440", "0044" })
        {
            if (compact.StartsWith(international, StringComparison.Ordinal))
            {
                compact = "0" + compact[international.Length..];
                break;
            }
        }
        return compact.Length >= 2 && compact[0] == '0' && compact.All(char.IsAsciiDigit) ? compact : null;
    }
}
