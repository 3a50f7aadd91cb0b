using System.Globalization;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>How long a volunteer gave, typed as hours and minutes and said in words.</summary>
public static class Durations
{
    public const int MaxMinutes = 24 * 60;

    /// <summary>The service speaks of the duration as "minutes"; on a form it is the hours-and-minutes pair, whose errors go on the first box.</summary>
    public static readonly IReadOnlyDictionary<string, string> ServiceFields = new Dictionary<string, string> { ["minutes"] = nameof(IHowLongInput.Hours) };

    /// <summary>90 → "1 hour 30 minutes".</summary>
    public static string Describe(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var parts = new List<string>();
        if (hours > 0) parts.Add(hours == 1 ? "1 hour" : $"{hours} hours");
        if (rest > 0 || hours == 0) parts.Add($"{rest} minutes");
        return string.Join(' ', parts);
    }

    /// <summary>
    /// The minutes that "hours" and "minutes" as typed make, or why they make none. Minutes alone may
    /// be more than 59 ("90" is an hour and a half), as a log kept on a phone before the form had
    /// two boxes sends them.
    /// </summary>
    public static (int? Minutes, string? Error) Parse(string? hours, string? minutes)
    {
        var (hoursText, minutesText) = (hours?.Trim() ?? "", minutes?.Trim() ?? "");
        if (hoursText.Length == 0 && minutesText.Length == 0)
        {
            return (null, "Enter how long you volunteered for");
        }
        if (!WholeNumber(hoursText, out var h) || !WholeNumber(minutesText, out var m))
        {
            return (null, "Enter how long in whole hours and minutes, for example 1 hour and 30 minutes");
        }
        if (hoursText.Length > 0 && m > 59)
        {
            return (null, "Minutes must be 59 or fewer");
        }
        var total = (long)h * 60 + m;
        return total switch
        {
            0 => (null, "How long must be more than 0 minutes"),
            > MaxMinutes => (null, "How long must be 24 hours or less"),
            _ => ((int)total, null),
        };
    }

    private static bool WholeNumber(string text, out int value)
    {
        value = 0;
        return text.Length == 0 || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
