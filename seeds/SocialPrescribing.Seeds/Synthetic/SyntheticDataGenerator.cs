using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds.Model;
using static SocialPrescribing.Seeds.Synthetic.SyntheticWords;

namespace SocialPrescribing.Seeds.Synthetic;

/// <summary>
/// Large, plausible, fictional data sets for benchmarks and load tests. Deterministic: the same seed and
/// arguments give the same items on any machine (System.Random with a seed is stable across .NET versions),
/// and each sequence is produced lazily, one item at a time, so a million hour logs are never held at once.
/// Ids are version 8 GUIDs spelling out seed, kind and index.
/// </summary>
public sealed class SyntheticDataGenerator
{
    private static readonly TimeOnly EarliestStart = new(9, 0);

    private readonly IReadOnlyList<PostcodeDistrict> districts;
    private readonly IReadOnlyList<TermDefinition> needs;
    private readonly IReadOnlyList<TermDefinition> activityTypes;
    private readonly IReadOnlyList<TermDefinition> allTerms;

    /// <param name="seed">Same seed, same data.</param>
    /// <param name="districts">Where things are: venues sit near these centroids, people and volunteers live in them.</param>
    /// <param name="terms">The taxonomy to tag with; the demo taxonomy when null.</param>
    public SyntheticDataGenerator(int seed, IReadOnlyList<PostcodeDistrict> districts, IReadOnlyList<TermDefinition>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(districts);
        if (districts.Count == 0)
        {
            throw new ArgumentException("At least one postcode district is needed.", nameof(districts));
        }
        Seed = seed;
        this.districts = districts;
        allTerms = terms ?? SeedCatalog.LoadBuiltIn().Terms;
        needs = [.. allTerms.Where(t => t.Vocabulary == Vocabularies.Needs)];
        activityTypes = [.. allTerms.Where(t => t.Vocabulary == Vocabularies.ActivityTypes)];
        if (needs.Count == 0 || activityTypes.Count == 0)
        {
            throw new ArgumentException("The taxonomy needs terms in both the needs and activity-types vocabularies.", nameof(terms));
        }
    }

    public int Seed { get; }

    /// <summary>The day the data is written for: schedules, check dates and referrals fall around it.</summary>
    public DateOnly ReferenceDate { get; init; } = DemoCalendar.ReferenceDate;

    /// <summary>One link-worker team per district, which synthetic referrals belong to.</summary>
    public IEnumerable<TeamSeed> Teams() =>
        districts.Select(d => new TeamSeed(TeamIdOf(d.District), $"{Place(d)} link workers ({d.District}, synthetic)", [d.District]));

    public IEnumerable<OrganisationSeed> Organisations(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Generate(count, SyntheticKind.Organisation, (random, i, id) =>
        {
            var town = Place(random.Pick(districts));
            var slug = $"org-{i}";
            var legalForm = random.Pick(LegalForms);
            return new OrganisationSeed(
                id,
                $"{town} {random.Pick(OrganisationThemes)} {random.Pick(OrganisationKinds)}",
                "Synthetic organisation for load tests and benchmarks.",
                legalForm,
                // 9xxxxxx: seven digits the Charity Commission has never issued.
                legalForm == "charity" ? $"9{i % 1_000_000:D6}" : null,
                $"hello@{slug}.example.org",
                $"https://{slug}.example.org",
                LandlinePhone(i),
                town,
                new ContactSeed(PersonName(random), $"contact@{slug}.example.org", LandlinePhone(i)));
        });
    }

    /// <param name="organisations">Who runs them; each activity belongs to one, picked at random.</param>
    public IEnumerable<SyntheticActivity> Activities(int count, IReadOnlyList<OrganisationSeed> organisations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RequireSome(organisations, nameof(organisations));
        return Generate(count, SyntheticKind.Activity, (random, i, id) =>
        {
            var organisation = random.Pick(organisations);
            var location = Venue(random, i, organisation.Id);
            var type = random.Pick(activityTypes);
            var town = location.Town;
            var activity = new ActivitySeed(
                id,
                organisation.Id,
                $"{type.Name} in {town}",
                $"{type.Description} Synthetic listing for load tests.",
                [.. random.Some(needs, 1, 3).Select(t => t.Id)],
                [type.Id],
                Eligibility(random),
                random.Chance(0.4) ? [location.PostcodeDistrict] : [],
                Cost(random),
                random.Chance(0.2) ? ["en", random.Pick(OtherLanguages)] : ["en"],
                [.. random.Some([.. AccessibilityCodes.All], 0, 4)],
                random.Chance(0.5) ? ReferralMode.Direct : ReferralMode.Signpost,
                random.Chance(0.3) ? null : new CapacitySeed(random.Chance(0.8) ? CapacityBasis.PerSession : CapacityBasis.Overall, random.Next(6, 31)),
                [location.Id],
                [Schedule(random)],
                // Up to ten months back, so about two in five listings are stale (unchecked for six months).
                ReferenceDate.AddDays(-random.Next(0, 300)));
            return new SyntheticActivity(activity, location);
        });
    }

    /// <param name="organisations">Who they volunteer with (one or two each).</param>
    public IEnumerable<VolunteerSeed> Volunteers(int count, IReadOnlyList<OrganisationSeed> organisations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RequireSome(organisations, nameof(organisations));
        var roles = Enum.GetValues<VolunteerRole>();
        return Generate(count, SyntheticKind.Volunteer, (random, i, id) =>
        {
            var first = random.Pick(FirstNames);
            var last = random.Pick(LastNames);
            var volunteerRoles = random.Some(roles, 1, 2);
            var worksAlone = volunteerRoles.Any(r => r is VolunteerRole.Befriender or VolunteerRole.Driver);
            var startedOn = ReferenceDate.AddDays(-random.Next(30, 2000));
            return new VolunteerSeed(
                id,
                first,
                last,
                $"{first}.{last}.{i}@example.org".ToLowerInvariant(),
                MobilePhone(i),
                random.Pick(districts).District,
                random.Pick(Genders),
                Languages(random),
                random.Some(Skills, 1, 3),
                [.. random.Some(allTerms, 1, 4).Select(t => t.Id)],
                volunteerRoles,
                Availability(random),
                random.Next(1, 5),
                [.. random.Some(organisations, 1, 2).Select(o => o.Id)],
                worksAlone || random.Chance(0.5) ? Dbs(random, worksAlone ? DbsLevel.EnhancedWithBarredLists : random.Pick([DbsLevel.Basic, DbsLevel.Standard]), i) : null,
                worksAlone ? [new TrainingSeed("safeguarding-adults", "Safeguarding adults (level 1)", startedOn, startedOn.AddYears(3))] : [],
                worksAlone || random.Chance(0.3),
                random.Next(3, 16),
                startedOn);
        });
    }

    /// <summary>The 999 test range holds about 909,000 valid NHS numbers; each synthetic person has their own.</summary>
    public const int MaxPeople = 900_000;

    /// <summary>Referred people, each with one referral just received and waiting to be allocated.</summary>
    public IEnumerable<PersonSeed> People(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPeople);
        return PeopleWithNhsNumbers(count);
    }

    /// <summary>
    /// Hour logs spread over the twelve months up to <paramref name="periodEnd"/>: durations from 30 minutes
    /// to 6 hours in 15-minute steps (mostly 1½ to 2½ hours), mostly approved; recent logs are often still waiting.
    /// </summary>
    /// <param name="volunteers">Who logs; each must volunteer with at least one organisation.</param>
    /// <param name="activities">When given, most logs name an activity of the volunteer's organisation.</param>
    public IEnumerable<HourLogSeed> HourLogs(int count, IReadOnlyList<VolunteerSeed> volunteers, DateOnly periodEnd, IReadOnlyList<ActivitySeed>? activities = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RequireSome(volunteers, nameof(volunteers));
        if (volunteers.FirstOrDefault(v => v.OrganisationIds.Count == 0 || v.Roles.Count == 0) is { } idle)
        {
            throw new ArgumentException($"Volunteer '{idle.Id}' has no organisation or no role to log hours for.", nameof(volunteers));
        }
        var activitiesByOrganisation = (activities ?? [])
            .GroupBy(a => a.OrganisationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActivitySeed>)[.. g]);
        return HourLogsOf(count, volunteers, periodEnd, activitiesByOrganisation);
    }

    private IEnumerable<HourLogSeed> HourLogsOf(
        int count, IReadOnlyList<VolunteerSeed> volunteers, DateOnly periodEnd, Dictionary<string, IReadOnlyList<ActivitySeed>> activitiesByOrganisation)
    {
        var random = RandomFor(SyntheticKind.HourLog);
        for (var i = 0; i < count; i++)
        {
            var volunteer = random.Pick(volunteers);
            var organisationId = random.Pick(volunteer.OrganisationIds);
            var activityId = activitiesByOrganisation.TryGetValue(organisationId, out var offered) && random.Chance(0.7)
                ? random.Pick(offered).Id
                : null;
            var daysBack = random.Next(0, 365);
            var date = periodEnd.AddDays(-daysBack);
            var (status, reason) = HourLogOutcome(random, recent: daysBack < 14);
            var submittedOn = periodEnd.AddDays(-Math.Max(0, daysBack - random.Next(0, 3)));
            yield return new HourLogSeed(
                SeedIds.Synthetic(Seed, SyntheticKind.HourLog, i),
                volunteer.Id,
                organisationId,
                activityId,
                random.Pick(volunteer.Roles),
                date,
                HourLogMinutes(random),
                status,
                new DateTimeOffset(submittedOn, new TimeOnly(17, 0).AddMinutes(random.Next(0, 300)), TimeSpan.Zero),
                reason);
        }
    }

    /// <summary>30 minutes plus 0-22 quarter hours: two averaged draws peak near 1¾ hours, and one log in four runs long.</summary>
    private static int HourLogMinutes(Random random)
    {
        var quarters = (random.Next(0, 12) + random.Next(0, 12)) / 2 + (random.Chance(0.25) ? random.Next(0, 12) : 0);
        return 30 + 15 * quarters;
    }

    private static (HourLogStatus Status, string? Reason) HourLogOutcome(Random random, bool recent)
    {
        var draw = random.NextDouble();
        var (submitted, rejected) = recent ? (0.6, 0.02) : (0.01, 0.04);
        return draw < submitted ? (HourLogStatus.Submitted, null)
            : draw < submitted + rejected ? (HourLogStatus.Rejected, random.Pick(RejectionReasons))
            : (HourLogStatus.Approved, null);
    }

    private IEnumerable<PersonSeed> PeopleWithNhsNumbers(int count)
    {
        var random = RandomFor(SyntheticKind.Person);
        using var nhsNumbers = NhsNumbers.TestRange().GetEnumerator();
        for (var i = 0; i < count && nhsNumbers.MoveNext(); i++)
        {
            var district = random.Pick(districts);
            var first = random.Pick(FirstNames);
            var last = random.Pick(LastNames);
            var languages = Languages(random);
            var source = random.Pick(Enum.GetValues<ReferralSource>());
            var referral = new ReferralSeed(
                SeedIds.Synthetic(Seed, SyntheticKind.Referral, i).ToString(),
                TeamIdOf(district.District),
                null,
                source,
                source == ReferralSource.SelfReferral ? null : new ReferrerSeed("Synthetic referrer", $"Synthetic {source.Code()} {random.Next(1, 200)}"),
                random.Chance(0.8) ? Urgency.Routine : random.Pick([Urgency.Soon, Urgency.Urgent]),
                ReferenceDate.AddDays(-random.Next(0, 120)),
                ReferralStatus.Received,
                "Synthetic referral for load tests.",
                null,
                null,
                [],
                []);
            yield return new PersonSeed(
                SeedIds.Synthetic(Seed, SyntheticKind.Person, i).ToString(),
                nhsNumbers.Current,
                first,
                last,
                // Ages 18 to 95, leaning older as social prescribing caseloads do.
                ReferenceDate.AddYears(-(18 + (int)(77 * Math.Sqrt(random.NextDouble())))).AddDays(-random.Next(0, 365)),
                random.Pick(Genders),
                MobilePhone(i),
                random.Chance(0.6) ? $"{first}.{last}.{i}@example.com".ToLowerInvariant() : null,
                Postcode(random, district.District),
                languages[0] == "en" ? "English" : languages[0],
                languages,
                languages[0] != "en" && random.Chance(0.5),
                new CarerSeed(random.Chance(0.15), random.Chance(0.1)),
                random.Chance(0.2) ? [random.Pick([.. AccessibilityCodes.All])] : [],
                [.. random.Some(needs, 1, 3).Select(t => t.Id)],
                [.. random.Some(activityTypes, 0, 2).Select(t => t.Id)],
                Availability(random),
                random.Next(2, 11),
                random.Chance(0.5) ? 0 : random.Next(2, 6),
                [referral]);
        }
    }

    private LocationSeed Venue(Random random, int i, string organisationId)
    {
        var district = random.Pick(districts);
        // Up to about 1 km from the centroid: a degree of latitude is 111 km, of longitude about 68 km here.
        var latitude = Math.Round(district.Latitude + (random.NextDouble() - 0.5) * 0.018, 5);
        var longitude = Math.Round(district.Longitude + (random.NextDouble() - 0.5) * 0.029, 5);
        return new LocationSeed(
            SeedIds.Synthetic(Seed, SyntheticKind.Location, i).ToString(),
            organisationId,
            $"{random.Pick(LastNames)} {random.Pick(["Community Centre", "Church Hall", "Library", "Park Pavilion", "Sports Centre"])}",
            "Synthetic venue.",
            [$"{random.Next(1, 200)} {random.Pick(LastNames)} {random.Pick(["Road", "Street", "Lane", "Avenue"])}"],
            Place(district),
            Postcode(random, district.District),
            latitude,
            longitude);
    }

    private static EligibilitySeed Eligibility(Random random)
    {
        var minAge = random.Pick<int?>([18, 18, 18, 16, 50, 60, null]);
        return random.Chance(0.1)
            ? new EligibilitySeed(minAge, null, "Unpaid carers", ["carer"])
            : new EligibilitySeed(minAge, null, minAge is null ? "Everyone" : $"People aged {minAge} and over", []);
    }

    private static CostSeed Cost(Random random) =>
        random.Chance(0.6)
            ? CostSeed.NoCharge
            : new CostSeed(false, random.Pick([1.00m, 1.50m, 2.00m, 2.50m, 3.00m, 5.00m]), "GBP", "session");

    private ScheduleSeed Schedule(Random random)
    {
        var opensAt = EarliestStart.AddMinutes(30 * random.Next(0, 19));
        var closesAt = opensAt.AddMinutes(30 * random.Next(2, 7));
        var validFrom = ReferenceDate.AddDays(-random.Next(0, 400));
        var draw = random.NextDouble();
        return draw < 0.7
            ? new ScheduleSeed(ScheduleFrequency.Weekly, opensAt, closesAt, ByDay: random.Some(Weekdays.Codes, 1, 2), ValidFrom: validFrom)
            : draw < 0.9
                ? new ScheduleSeed(ScheduleFrequency.Monthly, opensAt, closesAt,
                    ByDay: [$"{random.Pick(["1", "2", "3", "4", "-1"])}{random.Pick(Weekdays.Codes)}"], ValidFrom: validFrom)
                : new ScheduleSeed(ScheduleFrequency.Once, opensAt, closesAt, Date: ReferenceDate.AddDays(random.Next(1, 90)));
    }

    private static List<AvailabilitySlot> Availability(Random random) =>
        [.. random.Some(Weekdays.Codes, 1, 3).Select(day =>
        {
            var start = EarliestStart.AddMinutes(60 * random.Next(0, 10));
            return new AvailabilitySlot(day, start, start.AddHours(random.Next(2, 5)));
        })];

    private static List<string> Languages(Random random) =>
        random.Chance(0.75) ? ["en"] : [random.Pick(OtherLanguages), "en"];

    private DbsCheckSeed Dbs(Random random, DbsLevel level, int i)
    {
        var renewBy = ReferenceDate.AddDays(random.Next(-60, 1000));
        // "00" then ten digits: twelve digits, a prefix the DBS never issues.
        return new DbsCheckSeed(level, $"00{i:D10}", renewBy.AddYears(-3), renewBy);
    }

    private static string PersonName(Random random) => $"{random.Pick(FirstNames)} {random.Pick(LastNames)}";

    private static string Postcode(Random random, string district) =>
        $"{district} {random.Next(0, 10)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}";

    /// <summary>Ofcom's drama range for mobiles, 07700 900000 to 900999: never connected.</summary>
    private static string MobilePhone(int i) => $"07700 900{i % 1000:D3}";

    /// <summary>Ofcom's drama range with no area, 01632 960000 to 960999.</summary>
    private static string LandlinePhone(int i) => $"01632 960{i % 1000:D3}";

    private static string Place(PostcodeDistrict district) => district.Town ?? district.County ?? district.District;

    private static string TeamIdOf(string district) => $"team-{district.ToLowerInvariant()}";

    private static void RequireSome<T>(IReadOnlyList<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items.Count == 0)
        {
            throw new ArgumentException("At least one is needed.", name);
        }
    }

    /// <summary>A sequence of <paramref name="count"/> items, each made from the sequence's own random stream, its index and its id.</summary>
    private IEnumerable<T> Generate<T>(int count, SyntheticKind kind, Func<Random, int, string, T> make)
    {
        var random = RandomFor(kind);
        for (var i = 0; i < count; i++)
        {
            yield return make(random, i, SeedIds.Synthetic(Seed, kind, i).ToString());
        }
    }

    /// <summary>
    /// Each kind draws from its own stream, so asking for more volunteers does not change the activities.
    /// (Not HashCode.Combine: it is randomised per process.)
    /// </summary>
    private Random RandomFor(SyntheticKind kind) => new(unchecked(Seed * 7919 + (int)kind * 104_729));
}
