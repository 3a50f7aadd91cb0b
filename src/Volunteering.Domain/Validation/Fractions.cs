namespace SocialPrescribing.Volunteering.Domain.Validation;

/// <summary>Percentages are held as fractions (0.25 = 25 %); this is the one check of their range.</summary>
internal static class Fractions
{
    public const string OutOfRange = "Must be between 0 % and 100 % (a fraction from 0 to 1).";

    public static bool IsValid(decimal value) => value is >= 0m and <= 1m;
}
