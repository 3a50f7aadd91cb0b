using System.Text.Json;
using SocialPrescribing.Seeds.Model;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds.Synthetic;

namespace SocialPrescribing.Seeds.Tests;

public sealed class SyntheticDataGeneratorTests
{
    private static readonly IReadOnlyList<PostcodeDistrict> BlackCountry =
        [.. RepositoryPaths.Districts.All.Where(d => d.County is "Wolverhampton" or "Dudley" or "Sandwell" or "Walsall")];

    private static readonly DateOnly PeriodEnd = new(2026, 11, 30);

    [Fact]
    public void The_same_seed_gives_the_same_data()
    {
        var first = Sample(new SyntheticDataGenerator(42, BlackCountry));
        var second = Sample(new SyntheticDataGenerator(42, BlackCountry));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_data()
    {
        var first = Sample(new SyntheticDataGenerator(42, BlackCountry));
        var second = Sample(new SyntheticDataGenerator(43, BlackCountry));

        Assert.All(first.Zip(second), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Asking_for_more_items_does_not_change_the_first_ones()
    {
        var generator = new SyntheticDataGenerator(7, BlackCountry);
        var organisations = generator.Organisations(10).ToList();

        var few = generator.Activities(5, organisations).Select(Json);
        var many = generator.Activities(500, organisations).Take(5).Select(Json);

        Assert.Equal(few, many);
    }

    [Fact]
    public void Synthetic_ids_spell_out_seed_kind_and_index()
    {
        var generator = new SyntheticDataGenerator(42, BlackCountry);

        var organisations = generator.Organisations(2).ToList();

        // Seed 42 is 0x2a, organisations are kind 1, and the index is the last field.
        Assert.Equal("0000002a-0001-8000-8000-000000000001", organisations[1].Id);
        Assert.Equal(SeedIds.ToGuid(organisations[1].Id).ToString(), organisations[1].Id);
    }

    [Fact]
    public void It_produces_the_requested_counts_with_unique_ids()
    {
        var generator = new SyntheticDataGenerator(1, BlackCountry);
        var organisations = generator.Organisations(300).ToList();

        var activities = generator.Activities(10_000, organisations).ToList();
        var volunteers = generator.Volunteers(5_000, organisations).ToList();
        var people = generator.People(10_000).ToList();

        Assert.Equal(300, organisations.DistinctBy(o => o.Id).Count());
        Assert.Equal(10_000, activities.DistinctBy(a => a.Activity.Id).Count());
        Assert.Equal(5_000, volunteers.DistinctBy(v => v.Id).Count());
        Assert.Equal(10_000, people.DistinctBy(p => p.Id).Count());
        Assert.Equal(10_000, people.Select(p => p.NhsNumber).Distinct().Count());
    }

    [Fact]
    public void Synthetic_people_have_valid_test_range_NHS_numbers_and_postcodes_in_the_given_districts()
    {
        var districts = BlackCountry.Select(d => d.District).ToHashSet();

        var people = new SyntheticDataGenerator(3, BlackCountry).People(2_000).ToList();

        Assert.All(people, p =>
        {
            Assert.True(NhsNumbers.IsInTestRange(p.NhsNumber), p.NhsNumber);
            Assert.True(Postcodes.IsWellFormed(p.Postcode), p.Postcode);
            Assert.Contains(p.PostcodeDistrict, districts);
            Assert.Equal($"team-{p.PostcodeDistrict.ToLowerInvariant()}", Assert.Single(p.Referrals).TeamId);
        });
    }

    [Fact]
    public void Venues_sit_within_about_a_kilometre_of_a_real_district_centroid()
    {
        var generator = new SyntheticDataGenerator(5, BlackCountry);

        var venues = generator.Activities(2_000, generator.Organisations(20).ToList()).Select(a => a.Location);

        Assert.All(venues, venue =>
        {
            var centroid = RepositoryPaths.Districts[venue.PostcodeDistrict];
            // Jitter is at most ±0.009° latitude (1.0 km) and ±0.0145° longitude (1.0 km at 52.5°N).
            Assert.InRange(venue.Latitude!.Value, centroid.Latitude - 0.0091, centroid.Latitude + 0.0091);
            Assert.InRange(venue.Longitude!.Value, centroid.Longitude - 0.0146, centroid.Longitude + 0.0146);
        });
    }

    [Fact]
    public void Volunteers_who_work_alone_with_people_hold_an_enhanced_check_with_barred_lists()
    {
        var generator = new SyntheticDataGenerator(9, BlackCountry);

        var loneWorkers = generator.Volunteers(1_000, generator.Organisations(10).ToList())
            .Where(v => v.Roles.Any(r => r is VolunteerRole.Befriender or VolunteerRole.Driver))
            .ToList();

        Assert.NotEmpty(loneWorkers);
        Assert.All(loneWorkers, v => Assert.Equal(DbsLevel.EnhancedWithBarredLists, v.Dbs?.Level));
    }

    [Fact]
    public void A_million_hour_logs_stream_with_realistic_durations_dates_and_statuses()
    {
        var generator = new SyntheticDataGenerator(11, BlackCountry);
        var organisations = generator.Organisations(100).ToList();
        var volunteers = generator.Volunteers(5_000, organisations).ToList();
        var firstDay = PeriodEnd.AddDays(-364);
        long count = 0, approved = 0, rejectedWithoutReason = 0, badDuration = 0, outOfPeriod = 0;

        foreach (var log in generator.HourLogs(1_000_000, volunteers, PeriodEnd))
        {
            count++;
            approved += log.Status == HourLogStatus.Approved ? 1 : 0;
            rejectedWithoutReason += (log.Status == HourLogStatus.Rejected) == (log.Reason is null) ? 1 : 0;
            badDuration += log.Minutes is < 30 or > 360 || log.Minutes % 15 != 0 ? 1 : 0;
            outOfPeriod += log.Date < firstDay || log.Date > PeriodEnd || DateOnly.FromDateTime(log.SubmittedAt.UtcDateTime) < log.Date ? 1 : 0;
        }

        Assert.Equal(1_000_000, count);
        Assert.Equal(0, badDuration);
        Assert.Equal(0, outOfPeriod);
        Assert.Equal(0, rejectedWithoutReason);
        Assert.InRange(approved, 800_000, 990_000);
    }

    [Fact]
    public void Hour_logs_are_made_one_at_a_time_rather_than_all_at_once()
    {
        var generator = new SyntheticDataGenerator(13, BlackCountry);
        var volunteers = generator.Volunteers(100, generator.Organisations(5).ToList()).ToList();

        // Were the sequence built up front, asking for int.MaxValue logs would run out of memory.
        var firstFew = generator.HourLogs(int.MaxValue, volunteers, PeriodEnd).Take(5).ToList();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = generator.HourLogs(200_000, volunteers, PeriodEnd).Sum(log => (long)log.Minutes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(5, firstFew.Count);
        Assert.True(total > 0);
        // Holding 200,000 logs of about 80 bytes each would take about 16 MB; streaming keeps only a few objects.
        Assert.True(allocated < 1_000_000, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Hour_logs_can_name_activities_of_the_volunteers_organisation()
    {
        var catalog = SeedCatalog.Load(RepositoryPaths.SeedsData);
        var generator = new SyntheticDataGenerator(17, BlackCountry);

        var logs = generator.HourLogs(5_000, catalog.Volunteers, PeriodEnd, catalog.Activities).ToList();

        var organisationOf = catalog.Activities.ToDictionary(a => a.Id, a => a.OrganisationId);
        Assert.Contains(logs, l => l.ActivityId is not null);
        Assert.All(logs.Where(l => l.ActivityId is not null), l => Assert.Equal(organisationOf[l.ActivityId!], l.OrganisationId));
        Assert.All(logs, l => Assert.Contains(l.OrganisationId, catalog.Volunteers.Single(v => v.Id == l.VolunteerId).OrganisationIds));
    }

    /// <summary>The first items of every sequence as JSON, since records holding lists compare lists by reference.</summary>
    private static List<string> Sample(SyntheticDataGenerator generator)
    {
        var organisations = generator.Organisations(20).ToList();
        var volunteers = generator.Volunteers(50, organisations).ToList();
        return
        [
            .. organisations.Take(5).Select(Json),
            .. generator.Activities(5, organisations).Select(Json),
            .. volunteers.Take(5).Select(Json),
            .. generator.People(5).Select(Json),
            .. generator.HourLogs(5, volunteers, PeriodEnd).Select(l => Json(l)),
        ];
    }

    private static string Json<T>(T item) => JsonSerializer.Serialize(item);
}
