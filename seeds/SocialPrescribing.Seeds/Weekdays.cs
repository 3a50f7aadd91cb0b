namespace SocialPrescribing.Seeds;

/// <summary>RFC 5545 two-letter weekday codes ("MO".."SU").</summary>
public static class Weekdays
{
    private static readonly Dictionary<string, DayOfWeek> ByCode = new(StringComparer.Ordinal)
    {
        ["MO"] = DayOfWeek.Monday,
        ["TU"] = DayOfWeek.Tuesday,
        ["WE"] = DayOfWeek.Wednesday,
        ["TH"] = DayOfWeek.Thursday,
        ["FR"] = DayOfWeek.Friday,
        ["SA"] = DayOfWeek.Saturday,
        ["SU"] = DayOfWeek.Sunday,
    };

    public static IReadOnlyList<string> Codes { get; } = [.. ByCode.Keys];

    public static bool IsCode(string? code) => code is not null && ByCode.ContainsKey(code);

    public static DayOfWeek Parse(string code) =>
        ByCode.TryGetValue(code, out var day) ? day : throw new FormatException($"'{code}' is not a weekday code (MO, TU, WE, TH, FR, SA, SU).");

    public static string CodeOf(DayOfWeek day) => ByCode.First(pair => pair.Value == day).Key;
}
