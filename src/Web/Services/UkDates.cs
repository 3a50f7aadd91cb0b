using System.Globalization;

namespace SocialPrescribing.Web.Services;

/// <summary>Dates in text as people in the UK write them: "6 December 2026", and times in UK local time ("6 December 2026 at 14:05").</summary>
public static class UkDates
{
    private static readonly CultureInfo EnglishUk = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", EnglishUk);

    public static string Day(DateTimeOffset at) => UkTime(at).ToString("d MMMM yyyy", EnglishUk);

    public static string When(DateTimeOffset at) => UkTime(at).ToString("d MMMM yyyy 'at' HH:mm", EnglishUk);

    private static DateTimeOffset UkTime(DateTimeOffset at) => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(at, "Europe/London");
}
