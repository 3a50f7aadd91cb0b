using System.Reflection;
using SocialPrescribing.Seeds.Model;
using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Seeds;

/// <summary>
/// The demo data set (seeds/data): read, then checked so every id a file refers to exists.
/// Each service takes the part it owns; ids become GUIDs through <see cref="SeedIds.ToGuid"/>.
/// </summary>
public sealed class SeedCatalog
{
    public const string OrganisationsFile = "organisations.json";
    public const string ActivitiesFile = "activities.json";
    public const string VolunteersFile = "volunteers.json";
    public const string PeopleFile = "people.json";
    public const string UsersFile = "users.json";

    /// <summary>ILLUSTRATIVE deprivation deciles for the demo districts; the AppHost points <c>Deprivation:Path</c> at it when it loads the demo.</summary>
    public const string IllustrativeDeprivationFile = "deprivation-deciles.illustrative.csv";

    private SeedCatalog(Func<string, Stream> open)
    {
        var taxonomy = TaxonomyDefinition.LoadBuiltIn();
        Vocabularies = taxonomy.Vocabularies;
        Terms = taxonomy.Terms;
        Organisations = Read<OrganisationsFileContent>(open, OrganisationsFile).Organisations;
        var activities = Read<ActivitiesFileContent>(open, ActivitiesFile);
        Locations = activities.Locations;
        Activities = activities.Activities;
        Volunteers = Read<VolunteersFileContent>(open, VolunteersFile).Volunteers;
        People = Read<PeopleFileContent>(open, PeopleFile).People;
        var users = Read<UsersFileContent>(open, UsersFile);
        Teams = users.Teams;
        Users = users.Users;
        using (var deprivation = new StreamReader(open(IllustrativeDeprivationFile)))
        {
            DeprivationDeciles = ReferenceData.DeprivationDeciles.Parse(deprivation, IllustrativeDeprivationFile);
        }
    }

    public IReadOnlyList<VocabularyDefinition> Vocabularies { get; }
    public IReadOnlyList<TermDefinition> Terms { get; }
    public IReadOnlyList<OrganisationSeed> Organisations { get; }
    public IReadOnlyList<LocationSeed> Locations { get; }
    public IReadOnlyList<ActivitySeed> Activities { get; }
    public IReadOnlyList<VolunteerSeed> Volunteers { get; }
    public IReadOnlyList<PersonSeed> People { get; }
    public IReadOnlyList<TeamSeed> Teams { get; }
    public IReadOnlyList<UserSeed> Users { get; }

    /// <summary>ILLUSTRATIVE deciles by district (see the CSV's header): not the English Indices of Deprivation.</summary>
    public IReadOnlyDictionary<string, int> DeprivationDeciles { get; }

    public IEnumerable<ReferralSeed> Referrals => People.SelectMany(p => p.Referrals);

    /// <summary>
    /// Reads and checks the demo files in <paramref name="seedsDirectory"/>: the data folder itself (seeds/data) or the
    /// seeds folder above it. Throws <see cref="SeedDataException"/> listing every problem.
    /// </summary>
    public static SeedCatalog Load(string seedsDirectory)
    {
        if (!Directory.Exists(seedsDirectory))
        {
            throw new SeedDataException($"Seeds folder '{seedsDirectory}' does not exist.");
        }
        var dataFolder = Path.Combine(seedsDirectory, "data");
        var folder = !File.Exists(Path.Combine(seedsDirectory, OrganisationsFile)) && Directory.Exists(dataFolder) ? dataFolder : seedsDirectory;
        return Checked(new SeedCatalog(fileName =>
        {
            var path = Path.Combine(folder, fileName);
            return File.Exists(path) ? File.OpenRead(path) : throw new SeedDataException($"{fileName}: not found in '{folder}'.");
        }));
    }

    /// <summary>The demo files a service's <c>Seeds:Path</c> names (see <see cref="Load"/>); without one, the built-in copy.</summary>
    public static SeedCatalog FromSetting(string? seedsPath) =>
        string.IsNullOrWhiteSpace(seedsPath) ? LoadBuiltIn() : Load(seedsPath);

    /// <summary>The same demo files, as built into this assembly.</summary>
    public static SeedCatalog LoadBuiltIn()
    {
        var assembly = typeof(SeedCatalog).Assembly;
        return Checked(new SeedCatalog(fileName => OpenBuiltIn(assembly, fileName)));
    }

    /// <summary>Every postcode district the data mentions: venues, areas served, volunteers, people, teams, deprivation table.</summary>
    public IReadOnlySet<string> PostcodeDistrictsUsed() =>
        Locations.Select(l => l.PostcodeDistrict)
            .Concat(Activities.SelectMany(a => a.AreaServed))
            .Concat(Volunteers.Select(v => v.PostcodeDistrict))
            .Concat(People.Select(p => p.PostcodeDistrict))
            .Concat(Teams.SelectMany(t => t.Districts))
            .Concat(DeprivationDeciles.Keys)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    internal static Stream OpenBuiltIn(Assembly assembly, string fileName) =>
        assembly.GetManifestResourceStream($"SocialPrescribing.Seeds.data.{fileName}")
        ?? throw new SeedDataException($"{fileName}: not built into {assembly.GetName().Name}.");

    private static SeedCatalog Checked(SeedCatalog catalog)
    {
        var problems = SeedCatalogValidator.Validate(catalog);
        return problems.Count > 0 ? throw new SeedDataException(problems) : catalog;
    }

    private static T Read<T>(Func<string, Stream> open, string fileName)
    {
        using var stream = open(fileName);
        return SeedJson.Read<T>(stream, fileName);
    }

    private sealed record OrganisationsFileContent(IReadOnlyList<OrganisationSeed> Organisations);

    private sealed record ActivitiesFileContent(IReadOnlyList<LocationSeed> Locations, IReadOnlyList<ActivitySeed> Activities);

    private sealed record VolunteersFileContent(IReadOnlyList<VolunteerSeed> Volunteers);

    private sealed record PeopleFileContent(IReadOnlyList<PersonSeed> People);

    private sealed record UsersFileContent(IReadOnlyList<TeamSeed> Teams, IReadOnlyList<UserSeed> Users);
}
