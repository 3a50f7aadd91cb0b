using System.Text.RegularExpressions;
using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>A UK postcode, normalised to capitals with one space before the inward code.</summary>
public sealed partial record Postcode
{
    public const string FieldName = "postcode";

    private Postcode(string outward, string inward) => (Outward, Inward) = (outward, inward);

    /// <summary>The district ("LS6"), the part matching and reports use for area.</summary>
    public string Outward { get; }

    public string Inward { get; }

    public static Postcode Parse(string? input)
    {
        var compact = string.Concat((input ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var match = Shape().Match(compact);
        return match.Success
            ? new Postcode(match.Groups["outward"].Value, match.Groups["inward"].Value)
            : throw new DomainException("Enter a full UK postcode, like LS6 3HN.", FieldName);
    }

    public override string ToString() => $"{Outward} {Inward}";

    // Outward: area (1–2 letters) + district (digit, then a digit or letter); inward: digit + 2 letters.
    [GeneratedRegex("^(?<outward>[A-Z]{1,2}[0-9][0-9A-Z]?)(?<inward>[0-9][A-Z]{2})$")]
    private static partial Regex Shape();
}
