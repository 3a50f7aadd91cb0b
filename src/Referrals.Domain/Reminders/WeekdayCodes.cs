namespace SocialPrescribing.Referrals.Domain.Reminders;

/// <summary>RFC 5545's two-letter weekday codes ("MO".."SU").</summary>
public static class WeekdayCodes
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = DayOfWeek.Monday, ["TU"] = DayOfWeek.Tuesday, ["WE"] = DayOfWeek.Wednesday, ["TH"] = DayOfWeek.Thursday,
        ["FR"] = DayOfWeek.Friday, ["SA"] = DayOfWeek.Saturday, ["SU"] = DayOfWeek.Sunday,
    };

    public static DayOfWeek? Parse(string code) => Days.TryGetValue(code, out var day) ? day : null;
}
