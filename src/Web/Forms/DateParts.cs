using System.Globalization;

namespace SocialPrescribing.Web.Forms;

/// <summary>
/// A date as typed in the NHS.UK date input's three boxes. Reading it gives the date, or the
/// service manual's message naming what is wrong ("Date of birth must include a month").
/// </summary>
public sealed record DateParts(string? Day, string? Month, string? Year)
{
    public static DateParts Of(DateOnly date) => new(
        date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));

    public bool IsEmpty => Blank(Day) && Blank(Month) && Blank(Year);

    /// <summary>The boxes that are blank, in the order they are shown.</summary>
    public IReadOnlyList<string> Missing => [.. new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => Blank(p.Item2)).Select(p => p.Item1)];

    /// <summary>The date, or why it is not one; <paramref name="name"/> starts the message ("Date of birth").</summary>
    public (DateOnly? Date, string? Error) Read(string name)
    {
        if (Missing is { Count: > 0 } missing)
        {
            return (null, $"{name} must include a {string.Join(" and ", missing)}");
        }
        if (Number(Year) is not { } year || Year!.Trim().Length != 4)
        {
            return (null, $"{name} must include a year with 4 numbers, like 2026");
        }
        if (Number(Day) is not { } day || Number(Month) is not { } month
            || month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (null, $"{name} must be a real date");
        }
        return (new DateOnly(year, month, day), null);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
