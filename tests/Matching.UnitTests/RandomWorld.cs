using SocialPrescribing.Matching.Domain.Profiles;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>
/// A seeded world within ~8 km of <see cref="TestData.Home"/> where every hard rule and score part varies, over few
/// values each, so many people share what a rule reads of them (age, what they pay, languages...) and many do not.
/// </summary>
internal sealed class RandomWorld
{
    private static readonly string[] Terms = ["physical-activity", "walking", "nordic-walking", "loneliness", "gardening", "not-in-the-taxonomy"];
    private static readonly string[] LanguageCodes = ["en", "pa", "ur", "pl"];
    private static readonly string[] Features = ["step-free", "hearing-loop", "quiet-space"];
    private static readonly string[] Groups = ["carer", "veteran"];
    private static readonly string[] Districts = ["B5", "B6", "B7"];
    private static readonly string[] Roles = ["befriender", "driver", "peer-supporter"];

    private readonly Random random;

    public RandomWorld(int seed, int activities, int volunteers, int people)
    {
        random = new Random(seed);
        Activities = [.. Enumerable.Range(1, activities).Select(NewActivity)];
        Volunteers = [.. Enumerable.Range(1, volunteers).Select(NewVolunteer)];
        People = [.. Enumerable.Range(1, people).Select(NewPerson)];
    }

    public ActivityCandidate[] Activities { get; }
    public VolunteerCandidate[] Volunteers { get; }
    public PersonProfile[] People { get; }

    private ActivityCandidate NewActivity(int n) => Activity(n) with
    {
        Location = Somewhere(),
        TaxonomyTermIds = Some(Terms),
        Sessions = [Slot(), .. Chance(0.5) ? [Slot()] : Array.Empty<TimeSlot>()],
        Languages = Some(LanguageCodes),
        InterpreterAvailable = Chance(0.2),
        AccessibilityFeatures = Some(Features),
        MinAge = Chance(0.3) ? random.Next(18, 70) : null,
        MaxAge = Chance(0.2) ? random.Next(70, 90) : null,
        EligibilityGroups = Chance(0.3) ? Some(Groups) : [],
        AreaServedDistricts = Chance(0.3) ? Some(Districts) : [],
        CostPerSession = Chance(0.5) ? 0 : random.Next(1, 6),
        FreePlaces = random.Next(0, 4),
        Provider = Chance(0.7) ? new ProviderRecord(random.Next(0, 11) / 10.0, random.Next(0, 11) / 10.0, random.Next(0, 20)) : null,
        Ratings = Chance(0.5) ? Ratings(random.Next(1, 9)) : null,
    };

    private VolunteerCandidate NewVolunteer(int n) => Volunteer(n) with
    {
        Location = Somewhere(),
        Roles = Some(Roles, 0.7),
        Languages = Some(LanguageCodes),
        Availability = [Slot()],
        InterestTermIds = Some(Terms),
        Dbs = Chance(0.9) ? new DbsCheck(Chance(0.7) ? DbsLevel.EnhancedWithBarredLists : (DbsLevel)random.Next(0, 4), Today.AddDays(random.Next(-30, 300))) : null,
        Trainings = Chance(0.9) ? [new TrainingRecord("safeguarding-adults", Chance(0.2) ? null : Today.AddDays(random.Next(-30, 300)))] : [],
        CurrentCaseload = random.Next(0, 3),
        CaseloadLimit = random.Next(1, 5),
        MaxTravelKm = Chance(0.5) ? random.Next(1, 6) : null,
        WillDoHomeVisits = Chance(0.6),
        Gender = Chance(0.5) ? "female" : "male",
    };

    private PersonProfile NewPerson(int n) => Person(n) with
    {
        Location = Somewhere(),
        PostcodeDistrict = Chance(0.9) ? Districts[random.Next(Districts.Length)] : null,
        MaxTravelKm = random.Next(1, 9),
        NeedTermIds = Some(Terms),
        FreeTimes = [Slot(), Slot()],
        Languages = Chance(0.6) ? ["en"] : Some(LanguageCodes),
        InterpreterArranged = Chance(0.1),
        AccessibilityNeeds = Chance(0.3) ? Some(Features) : [],
        EligibilityGroups = Chance(0.3) ? Some(Groups) : [],
        Age = random.Next(16, 95),
        MaxCostPerSession = Chance(0.5) ? 0 : random.Next(1, 6),
        DeprivationDecile = Chance(0.8) ? random.Next(1, 11) : null,
        WaitingSince = Now.AddDays(-random.Next(0, 120)),
        VolunteerRole = Roles[random.Next(Roles.Length)],
        NeedsHomeVisit = Chance(0.2),
        PreferredVolunteerGender = Chance(0.3) ? "female" : null,
    };

    private GeoPoint Somewhere() =>
        new(Home.Latitude + ((random.NextDouble() - 0.5) * 0.15), Home.Longitude + ((random.NextDouble() - 0.5) * 0.25));

    private TimeSlot Slot()
    {
        var start = random.Next(8 * 4, 16 * 4) * 15;
        return new TimeSlot((DayOfWeek)random.Next(1, 4), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start + (random.Next(2, 13) * 15))));
    }

    /// <summary>Each rating the same, so the sum is always possible.</summary>
    private PeoplesRatings Ratings(int count) => new(count, count * random.Next(1, 6));

    private bool Chance(double p) => random.NextDouble() < p;

    private string[] Some(string[] items, double each = 0.4) => [.. items.Where(_ => Chance(each))];
}
