using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Finding a person by what a link worker has to hand: their NHS number (with or without spaces, all ten digits,
/// so a near miss never shows someone else) or words of their name (each word in a given, family or preferred name).
/// </summary>
public static class PeopleSearch
{
    public static IQueryable<PersonRecord> Matching(this IQueryable<PersonRecord> people, string? query)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return people;
        }
        var digits = text.Replace(" ", "", StringComparison.Ordinal);
        if (digits.All(char.IsAsciiDigit))
        {
            return people.Where(p => p.NhsNumber == digits);
        }
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = $"%{Escape(word)}%";
            people = people.Where(p => EF.Functions.ILike(p.GivenName, pattern, "\\") || EF.Functions.ILike(p.FamilyName, pattern, "\\")
                || (p.PreferredName != null && EF.Functions.ILike(p.PreferredName, pattern, "\\")));
        }
        return people;
    }

    private static string Escape(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
