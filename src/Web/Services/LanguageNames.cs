using System.Globalization;

namespace SocialPrescribing.Web.Services;

/// <summary>Languages by the names people use ("Punjabi"), for the ISO 639 codes the directory lists ("pa").</summary>
public static class LanguageNames
{
    private static readonly ILookup<string, CultureInfo> Neutral =
        CultureInfo.GetCultures(CultureTypes.NeutralCultures).ToLookup(c => c.TwoLetterISOLanguageName, StringComparer.OrdinalIgnoreCase);

    public static string Of(string code) =>
        // British Sign Language is not a culture .NET knows.
        code.Equals("bfi", StringComparison.OrdinalIgnoreCase) ? "British Sign Language" : Neutral[code.Trim()].FirstOrDefault()?.EnglishName ?? code;
}
