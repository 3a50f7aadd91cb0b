using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>
/// A SNOMED CT concept id: 6 to 18 digits, no leading zero, ending in a Verhoeff check digit
/// (SNOMED CT Technical Implementation Guide, "Check-digit computation").
/// </summary>
public sealed record SnomedCode
{
    public const string FieldName = "snomedCode";

    public static readonly SnomedCode ReferralToSocialPrescribing = new("871731000000106", "Referral to social prescribing service");
    public static readonly SnomedCode SocialPrescribingDeclined = new("871711000000103", "Social prescribing declined");

    private static readonly int[,] Multiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
        { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
        { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] Permutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
        { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 8, 7, 6, 0 },
        { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
        { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private SnomedCode(string value, string? term) => (Value, Term) = (value, term);

    public string Value { get; }

    /// <summary>The preferred term when the code is one this service knows; otherwise null.</summary>
    public string? Term { get; }

    public static SnomedCode Parse(string? input)
    {
        var value = (input ?? "").Trim();
        if (value.Length is < 6 or > 18 || !value.All(char.IsAsciiDigit) || value[0] == '0')
        {
            throw new DomainException("A SNOMED CT code has 6 to 18 digits and does not start with 0.", FieldName);
        }
        if (!HasValidCheckDigit(value))
        {
            throw new DomainException($"{value} is not a SNOMED CT code: its check digit does not match.", FieldName);
        }
        return value == ReferralToSocialPrescribing.Value ? ReferralToSocialPrescribing
            : value == SocialPrescribingDeclined.Value ? SocialPrescribingDeclined
            : new SnomedCode(value, null);
    }

    public override string ToString() => Term is null ? Value : $"{Value} |{Term}|";

    private static bool HasValidCheckDigit(string digits)
    {
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            check = Multiplication[check, Permutation[i % 8, digit]];
        }
        return check == 0;
    }
}
