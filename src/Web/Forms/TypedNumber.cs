using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialPrescribing.Web.Forms;

/// <summary>
/// A number as people type it: "1500", "1,500.50", "£1,500.50", "12.5", "-3". Commas only between
/// groups of three digits, at most one decimal point, a pound sign only at the front.
/// </summary>
public static partial class TypedNumber
{
    public static decimal? Read(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (!Shape().IsMatch(trimmed) || !trimmed.Any(char.IsAsciiDigit))
        {
            return null;
        }
        var plain = trimmed.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    [GeneratedRegex(@"^-?£?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?$")]
    private static partial Regex Shape();
}
