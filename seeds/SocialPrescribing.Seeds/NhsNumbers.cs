namespace SocialPrescribing.Seeds;

/// <summary>
/// NHS number check digit (modulus 11): the first nine digits are weighted 10 down to 2,
/// check = 11 − (sum mod 11), where 11 means 0 and 10 means no number is ever issued.
/// Demo and synthetic numbers start 999, the range the NHS keeps for testing.
/// </summary>
public static class NhsNumbers
{
    public const string TestRangePrefix = "999";

    public static bool IsValid(string? number) =>
        number is { Length: 10 } && number.All(char.IsAsciiDigit) && CheckDigit(number.AsSpan(0, 9)) == number[9] - '0';

    public static bool IsInTestRange(string? number) => IsValid(number) && number!.StartsWith(TestRangePrefix, StringComparison.Ordinal);

    /// <summary>The check digit for nine digits, or null when they can never form an NHS number.</summary>
    public static int? CheckDigit(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }
        return (11 - sum % 11) switch
        {
            11 => 0,
            10 => null,
            var check => check,
        };
    }

    /// <summary>
    /// Every valid number of the test range in order (9990000000 upwards), skipping the nine-digit stems whose
    /// check digit would be 10: about 909,000 distinct numbers, the same on every run.
    /// </summary>
    public static IEnumerable<string> TestRange()
    {
        for (var stem = 999_000_000; stem <= 999_999_999; stem++)
        {
            var nine = stem.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (CheckDigit(nine) is { } check)
            {
                yield return nine + (char)('0' + check);
            }
        }
    }
}
