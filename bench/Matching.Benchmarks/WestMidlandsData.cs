using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>
/// A deterministic, West-Midlands-shaped world for benchmarks: activities, volunteers and referred people
/// clustered around the towns of the area (lat 52.40-52.65, lon -2.20 to -1.85), with the mix of languages,
/// costs, eligibility and accessibility a real directory has. The same seed gives the same world.
/// </summary>
public sealed class WestMidlandsData
{
    private const double MinLat = 52.40, MaxLat = 52.65, MinLon = -2.20, MaxLon = -1.85;

    private static readonly (double Lat, double Lon, double Weight)[] Towns =
    [
        (52.480, -1.900, 5), (52.586, -2.128, 2), (52.586, -1.982, 1.5), (52.512, -2.081, 1.5),
        (52.519, -1.995, 1), (52.563, -1.822, 1), (52.430, -1.860, 1), (52.450, -2.050, 1),
    ];

    private static readonly string[] OtherLanguages = ["pa", "ur", "bn", "pl", "ro", "so", "ar", "gu"];
    private static readonly string[] AccessibilityCodes = ["step-free", "hearing-loop", "quiet-space", "accessible-toilet", "bsl", "large-print"];
    private static readonly string[] Groups = ["carer", "veteran", "new-parent", "over-50"];

    private readonly Random random;
    private readonly string[] terms;
    private readonly DateTimeOffset now;

    public WestMidlandsData(int seed, DateTimeOffset now)
    {
        random = new Random(seed);
        this.now = now;
        Taxonomy = new Taxonomy(BuildTerms());
        terms = [.. Taxonomy.Terms.Select(t => t.Id)];
        Districts = [.. Enumerable.Range(1, 45).Select(n => $"B{n}"), .. Enumerable.Range(1, 14).Select(n => $"WV{n}"),
            .. Enumerable.Range(1, 10).Select(n => $"WS{n}"), .. Enumerable.Range(1, 9).Select(n => $"DY{n}")];
        Configuration = new MatchingConfiguration
        {
            Deprivation = new DeprivationTable(Districts.ToDictionary(d => d, _ => random.Next(1, 11)), "random deciles"),
        };
    }

    public Taxonomy Taxonomy { get; }
    public string[] Districts { get; }
    public MatchingConfiguration Configuration { get; }

    public ActivityCandidate[] Activities(int count) => [.. Enumerable.Range(0, count).Select(_ => Activity())];

    public VolunteerCandidate[] Volunteers(int count) => [.. Enumerable.Range(0, count).Select(_ => Volunteer())];

    public PersonProfile[] People(int count) => [.. Enumerable.Range(0, count).Select(_ => Person())];

    private static IEnumerable<TaxonomyTerm> BuildTerms()
    {
        string[] roots = ["physical-activity", "arts", "nature", "social", "learning", "money-advice", "mental-wellbeing", "food", "carers-support", "faith-community"];
        foreach (var root in roots)
        {
            yield return new TaxonomyTerm(root, root);
            for (var child = 1; child <= 5; child++)
            {
                var childId = $"{root}/{child}";
                yield return new TaxonomyTerm(childId, childId, root);
                for (var grandchild = 1; grandchild <= 2; grandchild++)
                {
                    yield return new TaxonomyTerm($"{childId}/{grandchild}", $"{childId}/{grandchild}", childId);
                }
            }
        }
    }

    private ActivityCandidate Activity()
    {
        // Age bands: youth (16-25), older people (50+ or 65+), adults (18+), or open to all.
        var (minAge, maxAge) = random.NextDouble() switch
        {
            < 0.08 => (16, 25),
            < 0.23 => (Pick([50, 65]), (int?)null),
            < 0.65 => (18, null),
            _ => ((int?)null, (int?)null),
        };
        return new ActivityCandidate
        {
            Id = NextGuid(),
            OrganisationId = NextGuid(),
            Name = "Activity",
            TaxonomyTermIds = Some(terms, 1, 3),
            Location = NextLocation(),
            Sessions = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => NextSlot(60, 150))],
            Languages = Chance(0.85) ? ["en"] : ["en", Pick(OtherLanguages)],
            InterpreterAvailable = Chance(0.1),
            AccessibilityFeatures = Some(AccessibilityCodes, 0, 4),
            MinAge = minAge,
            MaxAge = maxAge,
            EligibilityGroups = Chance(0.1) ? [Pick(Groups)] : [],
            AreaServedDistricts = Chance(0.1) ? Some(Districts, 3, 6) : [],
            CostPerSession = Chance(0.6) ? 0 : random.Next(1, 9),
            FreePlaces = random.Next(0, 9),
            Provider = Chance(0.8) ? new ProviderRecord(0.5 + (random.NextDouble() / 2), 0.4 + (random.NextDouble() * 0.6), random.Next(0, 21)) : null,
        };
    }

    private VolunteerCandidate Volunteer()
    {
        var limit = random.Next(2, 6);
        return new VolunteerCandidate
        {
            Id = NextGuid(),
            Name = "Volunteer",
            Roles = Chance(0.7) ? ["befriender"] : Chance(0.5) ? ["driver"] : ["peer-supporter", "befriender"],
            Location = NextLocation(),
            Languages = Chance(0.85) ? ["en"] : ["en", Pick(OtherLanguages)],
            Availability = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => NextSlot(120, 300))],
            InterestTermIds = Some(terms, 1, 4),
            Dbs = Chance(0.9) ? new DbsCheck(DbsLevel.EnhancedWithBarredLists, DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-60, 1000))) : null,
            Trainings = Chance(0.9) ? [new TrainingRecord("safeguarding-adults", DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-30, 700)))] : [],
            CurrentCaseload = random.Next(0, limit + 1),
            CaseloadLimit = limit,
            MaxTravelKm = Chance(0.5) ? random.Next(3, 16) : null,
            WillDoHomeVisits = Chance(0.7),
            Gender = Chance(0.6) ? "female" : "male",
        };
    }

    private PersonProfile Person() => new()
    {
        ReferralId = NextGuid(),
        NeedTermIds = Some(terms, 1, 3),
        Location = NextLocation(),
        PostcodeDistrict = Pick(Districts),
        MaxTravelKm = Pick([2, 3, 3, 5, 5, 5, 8, 10]),
        FreeTimes = [.. Enumerable.Range(0, random.Next(2, 5)).Select(_ => NextSlot(120, 240))],
        Languages = Chance(0.85) ? ["en"] : Chance(0.5) ? [Pick(OtherLanguages), "en"] : [Pick(OtherLanguages)],
        AccessibilityNeeds = Chance(0.2) ? [Pick(AccessibilityCodes)] : [],
        EligibilityGroups = Chance(0.2) ? [Pick(Groups)] : [],
        Age = random.Next(18, 91),
        MaxCostPerSession = Chance(0.6) ? 0 : random.Next(2, 11),
        WaitingSince = now.AddDays(-random.Next(0, 150)),
        NeedsHomeVisit = Chance(0.1),
    };

    private GeoPoint NextLocation()
    {
        // Most places cluster around a town (about 3 km spread); the rest are spread evenly.
        if (Chance(0.25))
        {
            return new GeoPoint(MinLat + (random.NextDouble() * (MaxLat - MinLat)), MinLon + (random.NextDouble() * (MaxLon - MinLon)));
        }
        var pick = random.NextDouble() * Towns.Sum(t => t.Weight);
        var town = Towns.First(t => (pick -= t.Weight) <= 0);
        return new GeoPoint(
            Math.Clamp(town.Lat + (Gaussian() * 0.027), MinLat, MaxLat),
            Math.Clamp(town.Lon + (Gaussian() * 0.044), MinLon, MaxLon));
    }

    private TimeSlot NextSlot(int minMinutes, int maxMinutes)
    {
        var start = random.Next(8 * 4, 17 * 4) * 15;
        var length = random.Next(minMinutes / 15, (maxMinutes / 15) + 1) * 15;
        var end = Math.Min(start + length, (23 * 60) + 59);
        return new TimeSlot((DayOfWeek)random.Next(0, 7), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(end)));
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private string[] Some(string[] items, int min, int max) =>
        [.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(items)).Distinct()];

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
