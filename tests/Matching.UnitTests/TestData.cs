using Microsoft.Extensions.Time.Testing;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Suggestions;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>Small worlds around central Birmingham: a person who fits the base activity and volunteer, to be changed one field at a time.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>Kilometres in one degree of latitude on the mean Earth radius (about 111.195).</summary>
    public const double KmPerDegree = 6371.0088 * Math.PI / 180;

    public static readonly GeoPoint Home = new(52.48, -1.90);

    public static readonly Taxonomy Taxonomy = new(
    [
        new TaxonomyTerm("physical-activity", "Physical activity"),
        new TaxonomyTerm("walking", "Walking", "physical-activity"),
        new TaxonomyTerm("nordic-walking", "Nordic walking", "walking"),
        new TaxonomyTerm("loneliness", "Loneliness and isolation"),
        new TaxonomyTerm("gardening", "Gardening"),
    ]);

    /// <summary>A point due north of <see cref="Home"/>, so the haversine distance is exactly <paramref name="km"/>.</summary>
    public static GeoPoint North(double km) => new(Home.Latitude + (km / KmPerDegree), Home.Longitude);

    public static Guid IdOf(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public static PersonProfile Person(int n = 1) => new()
    {
        ReferralId = IdOf(1000 + n),
        NeedTermIds = ["walking"],
        Location = Home,
        PostcodeDistrict = "B5",
        MaxTravelKm = 5,
        FreeTimes = [new TimeSlot(DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(12, 0))],
        Languages = ["en"],
        Age = 67,
        MaxCostPerSession = 0,
        WaitingSince = Now.AddDays(-14),
    };

    public static ActivityCandidate Activity(int n = 1) => new()
    {
        Id = IdOf(n),
        OrganisationId = IdOf(500),
        Name = $"Activity {n}",
        TaxonomyTermIds = ["walking"],
        Location = North(1),
        Sessions = [new TimeSlot(DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(11, 30))],
        Languages = ["en"],
        FreePlaces = 5,
    };

    public static VolunteerCandidate Volunteer(int n = 1) => new()
    {
        Id = IdOf(2000 + n),
        Name = $"Volunteer {n}",
        Roles = ["befriender"],
        Location = North(1),
        Languages = ["en"],
        Availability = [new TimeSlot(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(13, 0))],
        InterestTermIds = ["walking"],
        Dbs = new DbsCheck(DbsLevel.EnhancedWithBarredLists, Today.AddYears(2)),
        Trainings = [new TrainingRecord("safeguarding-adults", Today.AddYears(1))],
        CurrentCaseload = 1,
        CaseloadLimit = 3,
    };

    public static MatchingReadModel Model(IEnumerable<ActivityCandidate>? activities = null, IEnumerable<VolunteerCandidate>? volunteers = null) =>
        MatchingReadModel.Create(Taxonomy, activities ?? [], volunteers ?? []);

    public static Suggester Suggester(MatchingReadModel model, MatchingConfiguration? configuration = null) =>
        new(model, configuration ?? MatchingConfiguration.Default, new FakeTimeProvider(Now));

    public static Suggester Suggester(params ActivityCandidate[] activities) => Suggester(Model(activities));

    public static Suggester Suggester(params VolunteerCandidate[] volunteers) => Suggester(Model(volunteers: volunteers));
}
