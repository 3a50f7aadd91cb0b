namespace SocialPrescribing.UkFormats;

/// <summary>
/// An NHS number: 10 digits (spaces allowed, as the NHS writes it: 943 476 5919) whose last digit
/// is the modulus 11 check digit. The first nine digits are weighted 10 down to 2,
/// check = 11 − (sum mod 11), where 11 means 0 and 10 means the number can never be issued.
/// </summary>
public static class NhsNumberCheck
{
    /// <summary>A valid number (the NHS's own example), for hints.</summary>
    public const string Example = "943 476 5919";

    public const string WrongLength = "NHS number must be 10 digits";
    public const string NotValid = "Enter a valid NHS number. Check it for typing mistakes";

    /// <summary>The ten digits, or null with what is wrong in plain English.</summary>
    public static (string? Digits, string? Problem) Read(string? input)
    {
        var digits = string.Concat((input ?? "").Where(c => c != ' '));
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return (null, WrongLength);
        }
        return CheckDigit(digits) == digits[9] - '0' ? (digits, null) : (null, NotValid);
    }

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
