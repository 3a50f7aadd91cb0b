using System.Globalization;

namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>A schedule in plain words for people ("Every Tuesday 10:00–12:00").</summary>
public static class ScheduleText
{
    private static readonly Dictionary<string, string> DayNames = new()
    {
        ["MO"] = "Monday", ["TU"] = "Tuesday", ["WE"] = "Wednesday", ["TH"] = "Thursday", ["FR"] = "Friday", ["SA"] = "Saturday", ["SU"] = "Sunday",
    };

    private static readonly Dictionary<string, string> Ordinals = new()
    {
        ["1"] = "first", ["2"] = "second", ["3"] = "third", ["4"] = "fourth", ["5"] = "fifth", ["-1"] = "last",
    };

    public static string Describe(ActivitySchedule s)
    {
        var times = $"{s.OpensAt:HH\\:mm}–{s.ClosesAt:HH\\:mm}";
        var days = (s.ByDay ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        return s.Frequency switch
        {
            ScheduleFrequency.Once => $"{s.Date?.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} {times}",
            ScheduleFrequency.Weekly => $"{(s.Interval == 1 ? "Every" : $"Every {s.Interval} weeks on")} {string.Join(", ", days.Select(d => DayNames[d]))} {times}",
            _ when days.Length > 0 => $"The {string.Join(", ", days.Select(d => $"{Ordinals.GetValueOrDefault(d[..^2], "")} {DayNames[d[^2..]]}".Trim()))} of the month {times}",
            _ => $"Day {s.ByMonthDay} of the month {times}",
        };
    }
}
