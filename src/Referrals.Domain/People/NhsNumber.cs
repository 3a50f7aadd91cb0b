using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>
/// A 10-digit NHS number whose last digit is the modulus 11 check digit: the first nine digits
/// are weighted 10 down to 2, check = 11 − (sum mod 11), where 11 means 0 and 10 means the
/// number can never be issued.
/// </summary>
public sealed record NhsNumber
{
    public const string FieldName = "nhsNumber";

    private NhsNumber(string digits) => Value = digits;

    /// <summary>The ten digits, without spaces.</summary>
    public string Value { get; }

    public static NhsNumber Parse(string? input) =>
        TryParse(input, out var number, out var error)
            ? number
            : throw new DomainException(error, FieldName);

    public static bool TryParse(string? input, out NhsNumber number, out string error)
    {
        number = null!;
        var digits = string.Concat((input ?? "").Where(c => c != ' '));
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = "An NHS number has 10 digits (spaces are allowed).";
            return false;
        }
        var expected = CheckDigit(digits);
        if (expected is null)
        {
            error = "This is not a valid NHS number: its first nine digits give a check digit of 10, which is never issued.";
            return false;
        }
        if (digits[9] - '0' != expected)
        {
            error = "This is not a valid NHS number: the check digit does not match. Please check it for typing mistakes.";
            return false;
        }
        number = new NhsNumber(digits);
        error = "";
        return true;
    }

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>Shown the way the NHS writes it: 3-3-4 digits with spaces.</summary>
    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    private static int? CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }
        return (11 - sum % 11) switch
        {
            11 => 0,
            10 => null,
            var check => check,
        };
    }
}
