using System.Globalization;

namespace SocialPrescribing.Matching.Domain.Configuration;

/// <summary>Languages as people name them in reasons ("Punjabi"), from the ISO 639 codes the matcher compares ("pa").</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> ByCode = Build();

    /// <summary>Every language known by code, e.g. "pa" → "Punjabi".</summary>
    public static IReadOnlyDictionary<string, string> All => ByCode;

    /// <summary>The language's English name; the code itself when it is not a language .NET knows.</summary>
    public static string Of(string code) => ByCode.GetValueOrDefault(code.Trim(), code);

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            // Not a culture .NET knows, but common in the directory.
            ["bfi"] = "British Sign Language",
        };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures).Where(c => c.EnglishName.Length > 0))
        {
            names.TryAdd(culture.TwoLetterISOLanguageName, culture.EnglishName);
        }
        return names;
    }
}
