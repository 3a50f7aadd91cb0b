using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds.Model;

namespace SocialPrescribing.Seeds.Tests;

public sealed class SeedCatalogTests
{
    private static readonly SeedCatalog Catalog = SeedCatalog.Load(RepositoryPaths.SeedsData);

    [Fact]
    public void The_demo_catalog_loads_with_every_reference_resolved()
    {
        // Load throws SeedDataException listing problems when any reference is dangling, so loading is the check.
        Assert.InRange(Catalog.Organisations.Count, 12, 20);
        Assert.InRange(Catalog.Activities.Count, 40, 60);
        Assert.InRange(Catalog.Volunteers.Count, 25, 40);
        Assert.InRange(Catalog.People.Count, 15, 25);
        Assert.All(Catalog.Activities, a => Assert.Contains(Catalog.Organisations, o => o.Id == a.OrganisationId));
    }

    [Fact]
    public void The_built_in_copy_is_the_same_data_as_the_files()
    {
        var builtIn = SeedCatalog.LoadBuiltIn();

        Assert.Equal(Catalog.Terms.Select(t => t.Id), builtIn.Terms.Select(t => t.Id));
        Assert.Equal(Catalog.Activities.Select(a => a.Id), builtIn.Activities.Select(a => a.Id));
        Assert.Equal(Catalog.Users.Select(u => u.UserName), builtIn.Users.Select(u => u.UserName));
    }

    [Fact]
    public void The_seeds_folder_or_its_data_folder_can_be_given()
    {
        var fromSeedsFolder = SeedCatalog.Load(Path.Combine(RepositoryPaths.Root, "seeds"));

        Assert.Equal(Catalog.People.Select(p => p.Id), fromSeedsFolder.People.Select(p => p.Id));
    }

    [Fact]
    public void Both_vocabularies_are_present_with_nested_terms()
    {
        Assert.Equal([Vocabularies.Needs, Vocabularies.ActivityTypes], Catalog.Vocabularies.Select(v => v.Id));
        var diabetes = Assert.Single(Catalog.Terms, t => t.Code == "diabetes");
        Assert.Equal("need-long-term-conditions", diabetes.ParentId);
        var telephone = Assert.Single(Catalog.Terms, t => t.Code == "telephone-befriending");
        Assert.Equal("type-befriending", telephone.ParentId);
    }

    [Fact]
    public void Every_postcode_district_in_the_demo_data_exists_in_the_reference_file()
    {
        var unknown = Catalog.PostcodeDistrictsUsed().Where(d => !RepositoryPaths.Districts.Contains(d)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_district_in_the_demo_data_has_an_illustrative_deprivation_decile()
    {
        var without = Catalog.PostcodeDistrictsUsed().Where(d => !Catalog.DeprivationDeciles.ContainsKey(d)).ToList();

        Assert.Empty(without);
    }

    [Fact]
    public void Every_demo_NHS_number_is_from_the_999_test_range_and_passes_modulus_11()
    {
        var numbers = Catalog.People.Select(p => p.NhsNumber).OfType<string>().ToList();

        Assert.Equal(Catalog.People.Count, numbers.Count);
        Assert.All(numbers, n => Assert.True(NhsNumbers.IsInTestRange(n), $"{n} is not a valid test-range NHS number"));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Demo_contact_details_are_reserved_for_fiction()
    {
        // RFC 2606 reserves example.org and example.com; Ofcom keeps these ranges for drama and never connects them.
        string[] dramaPrefixes = ["07700 900", "01632 960", "0121 496 0"];
        var emails = Catalog.Organisations.SelectMany(o => new[] { o.Email, o.Contact.Email })
            .Concat(Catalog.Activities.Select(a => a.Contact?.Email).OfType<string>())
            .Concat(Catalog.Volunteers.Select(v => v.Email))
            .Concat(Catalog.People.Select(p => p.Email).OfType<string>())
            .Concat(Catalog.Users.Select(u => u.Email));
        var phones = Catalog.Organisations.Select(o => o.Phone)
            .Concat(Catalog.Volunteers.Select(v => v.Phone))
            .Concat(Catalog.People.Select(p => p.Phone).OfType<string>());

        Assert.All(emails, e => Assert.Matches(@"@([a-z0-9-]+\.)*example\.(org|com)$", e));
        Assert.All(phones, p => Assert.Contains(dramaPrefixes, prefix => p.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.All(Catalog.Organisations, o => Assert.StartsWith("https://", o.Website));
        Assert.All(Catalog.Organisations, o => Assert.EndsWith(".example.org", new Uri(o.Website).Host));
    }

    [Fact]
    public void Some_DBS_checks_fall_due_within_7_30_and_60_days_of_the_reference_date_and_one_has_lapsed()
    {
        var daysLeft = Catalog.Volunteers.Select(v => v.Dbs).OfType<DbsCheckSeed>()
            .Select(d => d.RenewBy.DayNumber - DemoCalendar.ReferenceDate.DayNumber)
            .ToList();

        Assert.Single(daysLeft, d => d < 0);
        Assert.Contains(daysLeft, d => d is >= 0 and <= 7);
        Assert.Contains(daysLeft, d => d is > 7 and <= 30);
        Assert.Contains(daysLeft, d => d is > 30 and <= 60);
    }

    [Fact]
    public void A_few_listings_have_not_been_checked_for_six_months()
    {
        // Reference date 2026-12-01, so stale means last checked before 2026-06-01.
        var staleBefore = DemoCalendar.ReferenceDate.AddMonths(-6);

        var stale = Catalog.Activities.Count(a => a.LastChecked < staleBefore);

        Assert.InRange(stale, 2, Catalog.Activities.Count / 4);
    }

    [Fact]
    public void Demo_referrals_cover_the_lifecycle()
    {
        var statuses = Catalog.Referrals.Select(r => r.Status).ToHashSet();
        var connectionStatuses = Catalog.Referrals.SelectMany(r => r.Connections).Select(c => c.Status).ToHashSet();

        Assert.Equal(Enum.GetValues<ReferralStatus>().ToHashSet(), statuses);
        Assert.True(connectionStatuses.Count >= 6, $"only {string.Join(", ", connectionStatuses)}");
    }

    [Fact]
    public void Every_role_has_a_development_user()
    {
        Assert.Equal(Enum.GetValues<UserRole>().ToHashSet(), Catalog.Users.Select(u => u.Role).ToHashSet());
    }

    [Fact]
    public void Slug_ids_become_RFC_9562_version_5_guids()
    {
        // Expected values from Python's uuid.uuid5 with the same namespace: an independent implementation.
        Assert.Equal(new Guid("294f6a3b-4aac-521a-a49a-90b05d1c8645"), SeedIds.ToGuid("need-loneliness"));
        Assert.Equal(new Guid("0167509d-3ef6-5530-a138-485700da1f6b"), SeedIds.ToGuid("org-tipton-allotments"));
        Assert.Equal(new Guid("0167509d-3ef6-5530-a138-485700da1f6b"), SeedIds.ToGuid("0167509d-3ef6-5530-a138-485700da1f6b"));
    }

    [Fact]
    public void Enum_values_have_the_codes_the_files_use()
    {
        Assert.Equal("enhanced-with-barred-lists", DbsLevel.EnhancedWithBarredLists.Code());
        Assert.Equal("activity-buddy", VolunteerRole.ActivityBuddy.Code());
        Assert.Equal("follow-up", ReferralStatus.FollowUp.Code());
    }
}
