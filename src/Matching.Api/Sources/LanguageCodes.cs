using System.Globalization;

namespace SocialPrescribing.Matching.Sources;

/// <summary>
/// The directory lists ISO 639 codes ("pa"); referrals may name a language as the person does ("Punjabi").
/// Both become lower-case codes so the matcher compares like with like.
/// </summary>
internal static class LanguageCodes
{
    private static readonly Dictionary<string, string> ByEnglishName = BuildNames();

    public static string Normalise(string language)
    {
        var trimmed = language.Trim();
        return trimmed.Length <= 3
            ? trimmed.ToLowerInvariant()
            : ByEnglishName.GetValueOrDefault(trimmed, trimmed.ToLowerInvariant());
    }

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            // Not a culture .NET knows, but common in the directory.
            ["British Sign Language"] = "bfi",
            ["BSL"] = "bfi",
        };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            if (culture.TwoLetterISOLanguageName.Length is 2 or 3 && culture.EnglishName.Length > 0)
            {
                names.TryAdd(culture.EnglishName, culture.TwoLetterISOLanguageName);
            }
        }
        return names;
    }
}
