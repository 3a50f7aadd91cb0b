using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.UkFormats;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>A UK postcode, normalised to capitals with one space before the inward code.</summary>
public sealed record Postcode
{
    public const string FieldName = "postcode";

    private Postcode(string outward, string inward) => (Outward, Inward) = (outward, inward);

    /// <summary>The district ("LS6"), the part matching and reports use for area.</summary>
    public string Outward { get; }

    public string Inward { get; }

    public static Postcode Parse(string? input) =>
        UkPostcode.Read(input) is var (outward, inward)
            ? new Postcode(outward, inward)
            : throw new DomainException(UkPostcode.NotAPostcode, FieldName);

    public override string ToString() => $"{Outward} {Inward}";
}
