using SocialPrescribing.Matching.Domain.Configuration;

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
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["BSL"] = "bfi" };
        foreach (var (code, name) in LanguageNames.All)
        {
            names.TryAdd(name, code);
        }
        return names;
    }
}
