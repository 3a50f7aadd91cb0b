using System.Globalization;
using System.Text.RegularExpressions;
using SocialPrescribing.Matching.Configuration;
using DirectoryActivity = SocialPrescribing.Contracts.Directory.Activity;

namespace SocialPrescribing.Matching.Sources;

/// <summary>Copies what the matcher uses of a directory activity into its read-model row.</summary>
internal static partial class ActivityDetails
{
    public const string Published = "Published";
    public const int MaxNameLength = 200;

    public static void CopyTo(DirectoryActivity source, ActivityReadModel row, MatchingReference reference, DateTimeOffset now)
    {
        row.OrganisationId = Guid.Parse(source.OrganisationId);
        row.Name = NameOf(source.Name);
        row.ModifiedAt = source.ModifiedAt?.ToDateTimeOffset() ?? now;
        row.ReceivedAt = now;
        if (row.PublishedAt == default)
        {
            row.PublishedAt = row.ModifiedAt;
        }
        row.TermIds = [.. source.NeedCodes.Concat(source.ActivityTypeCodes).Select(reference.TermIdOf).Distinct(StringComparer.OrdinalIgnoreCase)];
        var place = source.Places.FirstOrDefault(p => p.Latitude != 0 || p.Longitude != 0);
        row.Latitude = place?.Latitude;
        row.Longitude = place?.Longitude;
        row.Sessions = [.. source.Schedules.SelectMany(s => s.Weekdays.Select(d => WeeklyTimes.Session(WeeklyTimes.FromTwoLetterDay(d), s.OpensAt, s.ClosesAt)))
            .OfType<WeeklySession>().Distinct()];
        row.Languages = [.. source.Languages.Select(LanguageCodes.Normalise).Distinct()];
        row.AccessibilityFeatures = [.. source.AccessibilityFeatures];
        row.MinAge = source.MinimumAge;
        row.MaxAge = source.MaximumAge;
        row.AreaServedDistricts = [.. District().Matches(source.AreaServed.ToUpperInvariant()).Select(m => m.Value).Distinct()];
        row.CostPerSession = source.IsFree ? 0 : CheapestCost(source);
        if (row.CapacityChangedAt is null || row.ModifiedAt >= row.CapacityChangedAt)
        {
            row.FreePlaces = source.FreePlaces is { } free ? Math.Max(0, free) : null;
        }
    }

    /// <summary>The name as stored: the read model keeps the first <see cref="MaxNameLength"/> characters.</summary>
    public static string NameOf(string name) => name.Length > MaxNameLength ? name[..MaxNameLength] : name;

    /// <summary>What a person pays at least: the cheapest priced option (an option with no amount is free).</summary>
    private static decimal CheapestCost(DirectoryActivity source) =>
        source.CostOptions
            .Select(c => decimal.TryParse(c.Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? Math.Max(0, amount) : 0)
            .DefaultIfEmpty(0)
            .Min();

    // Area served is free text ("Postcode districts DY4, B69"); the districts in it are what the area rule needs.
    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][0-9A-Z]?\b")]
    private static partial Regex District();
}
