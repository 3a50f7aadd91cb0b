using Google.Protobuf.WellKnownTypes;
using SocialPrescribing.Contracts.Directory;
using SocialPrescribing.Contracts.Referrals;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>
/// A small world in Wolverhampton for hand-checked expectations. Everyone lives in WV10 and every activity but
/// the far one meets at WV10's centroid (0 km). Terms are the seeds' taxonomy: "diabetes" is a child of
/// "long-term conditions", so it meets that need half as well.
/// </summary>
internal static class TestWorld
{
    public const string Home = "WV10";
    private const double HomeLatitude = 52.62;
    private const double HomeLongitude = -2.10;

    public static readonly Guid LunchClub = Guid.Parse("0a000000-0000-0000-0000-00000000000a");
    public static readonly Guid HealthWalk = Guid.Parse("0b000000-0000-0000-0000-00000000000b");
    public static readonly Guid FarClub = Guid.Parse("0c000000-0000-0000-0000-00000000000c");
    public static readonly Guid YouthClub = Guid.Parse("0d000000-0000-0000-0000-00000000000d");
    public static readonly Guid Organisation = Guid.Parse("0e000000-0000-0000-0000-00000000000e");

    /// <summary>The link workers' team every <see cref="Person"/> is referred to; <see cref="MatchingApp.Client"/> calls as one of them.</summary>
    public static readonly Guid Team = Guid.Parse("0f000000-0000-0000-0000-00000000000f");

    /// <summary>Only needs count, so a score is the mean credit over the person's needs.</summary>
    public static readonly (string Part, string Weight)[] NeedsOnlyWeights =
    [
        ("Needs", "1"), ("Distance", "0"), ("TimeOverlap", "0"), ("Responsiveness", "0"), ("Rating", "0"),
        ("Deprivation", "0"), ("Waiting", "0"), ("Language", "0"),
    ];

    public static string PostcodesCsv { get; } = WritePostcodes();

    /// <summary>Terms: loneliness. Meets at home.</summary>
    public static Activity LunchClubActivity() => Activity(LunchClub, "Lunch club", ["loneliness"]);

    /// <summary>Terms: loneliness, diabetes (child of long-term conditions), physical activity. Meets at home.</summary>
    public static Activity HealthWalkActivity() => Activity(HealthWalk, "Health walk", ["loneliness", "diabetes", "physical-activity"]);

    /// <summary>Meets 0.1 degrees of latitude (about 11 km) north of home, beyond the default 5 km travel limit.</summary>
    public static Activity FarClubActivity() => Activity(FarClub, "Far club", ["loneliness"], latitude: HomeLatitude + 0.1);

    /// <summary>For people up to 25 only.</summary>
    public static Activity YouthClubActivity()
    {
        var activity = Activity(YouthClub, "Youth club", ["loneliness"]);
        activity.MaximumAge = 25;
        return activity;
    }

    public static Activity Activity(Guid id, string name, string[] needCodes, double latitude = HomeLatitude) => new()
    {
        Id = id.ToString(),
        OrganisationId = Organisation.ToString(),
        Name = name,
        Status = "Published",
        ModifiedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero)),
        NeedCodes = { needCodes },
        IsFree = true,
        Languages = { "en" },
        Places = { new Place { PostcodeDistrict = Home, Latitude = latitude, Longitude = HomeLongitude } },
        Schedules = { new Schedule { Frequency = "Weekly", Weekdays = { "TU" }, OpensAt = "10:00", ClosesAt = "12:00" } },
    };

    /// <summary>A 70-year-old in WV10 who speaks English, with the given needs (taxonomy term ids), on <see cref="Team"/>'s caseload.</summary>
    public static MatchingProfile Person(Guid referralId, params string[] needTermIds) => new()
    {
        ReferralId = referralId.ToString(),
        TeamId = Team.ToString(),
        PostcodeDistrict = Home,
        NeedTermIds = { needTermIds },
        Languages = { "English" },
        Age = 70,
        Status = "Assessed",
    };

    private static string WritePostcodes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"matching-tests-postcodes-{Environment.ProcessId}.csv");
        File.WriteAllText(path, $"postcode,latitude,longitude,city,county,region_name\n{Home},{HomeLatitude},{HomeLongitude},Wolverhampton,West Midlands,West Midlands\n");
        return path;
    }
}
