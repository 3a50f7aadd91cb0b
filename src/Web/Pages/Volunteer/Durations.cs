namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>Durations offered on the form: quarter hours up to 12 hours, picked in one tap on a phone.</summary>
public static class Durations
{
    public static IReadOnlyList<int> Choices { get; } = [.. Enumerable.Range(1, 48).Select(quarters => quarters * 15)];

    /// <summary>90 → "1 hour 30 minutes".</summary>
    public static string Describe(int minutes)
    {
        var (hours, rest) = (minutes / 60, minutes % 60);
        var parts = new List<string>();
        if (hours > 0) parts.Add(hours == 1 ? "1 hour" : $"{hours} hours");
        if (rest > 0 || hours == 0) parts.Add($"{rest} minutes");
        return string.Join(' ', parts);
    }
}
