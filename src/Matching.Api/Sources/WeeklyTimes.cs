using System.Globalization;

namespace SocialPrescribing.Matching.Sources;

/// <summary>Reads the weekly times the other services send: ISO day numbers or RFC 5545 two-letter days, and "HH:mm".</summary>
internal static class WeeklyTimes
{
    private static readonly string[] TwoLetterDays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    /// <summary>ISO 8601 day number: 1 = Monday … 7 = Sunday.</summary>
    public static DayOfWeek? FromIsoDay(int day) => day is >= 1 and <= 7 ? (DayOfWeek)(day % 7) : null;

    public static DayOfWeek? FromTwoLetterDay(string day) =>
        Array.IndexOf(TwoLetterDays, day.Trim().ToUpperInvariant()) is >= 0 and var index ? (DayOfWeek)index : null;

    /// <summary>The session, or null when a part is missing or it does not end after it starts (such times cannot be matched).</summary>
    public static WeeklySession? Session(DayOfWeek? day, string start, string end) =>
        day is { } d
        && TimeOnly.TryParseExact(start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
        && TimeOnly.TryParseExact(end, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
        && to > from
            ? new WeeklySession(d, from, to)
            : null;
}
