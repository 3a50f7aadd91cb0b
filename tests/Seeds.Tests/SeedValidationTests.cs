using System.Text.Json.Nodes;

namespace SocialPrescribing.Seeds.Tests;

/// <summary>Broken copies of the demo files, to show the loader names every problem.</summary>
public sealed class SeedValidationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("seeds-").FullName;

    public SeedValidationTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.SeedsData))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Dangling_references_are_all_reported_with_the_item_that_holds_them()
    {
        Edit(SeedCatalog.ActivitiesFile, root =>
        {
            var activity = root["activities"]![0]!;
            activity["needTermIds"]!.AsArray().Add("need-no-such-thing");
            activity["organisationId"] = "org-nobody";
        });

        var error = Assert.Throws<SeedDataException>(() => SeedCatalog.Load(folder));

        Assert.Contains(error.Problems, p => p.Contains("act-tipton-grow-together") && p.Contains("term 'need-no-such-thing' does not exist"));
        Assert.Contains(error.Problems, p => p.Contains("act-tipton-grow-together") && p.Contains("organisation 'org-nobody' does not exist"));
    }

    [Fact]
    public void An_activity_type_used_as_a_need_is_rejected()
    {
        Edit(SeedCatalog.ActivitiesFile, root => root["activities"]![0]!["needTermIds"]!.AsArray().Add("type-walking"));

        var error = Assert.Throws<SeedDataException>(() => SeedCatalog.Load(folder));

        Assert.Contains(error.Problems, p => p.Contains("'type-walking' is in vocabulary 'activity-types', expected 'needs'"));
    }

    [Fact]
    public void An_NHS_number_with_a_wrong_check_digit_is_rejected()
    {
        // 999 000 107 3 is valid (see NhsNumberTests); ending it in 4 breaks the check digit.
        Edit(SeedCatalog.PeopleFile, root => root["people"]![0]!["nhsNumber"] = "9990001074");

        var error = Assert.Throws<SeedDataException>(() => SeedCatalog.Load(folder));

        Assert.Contains(error.Problems, p => p.Contains("person-doris-fellows") && p.Contains("9990001074"));
    }

    [Fact]
    public void An_unknown_field_or_code_is_a_reading_error_naming_the_file()
    {
        Edit(SeedCatalog.VolunteersFile, root => root["volunteers"]![0]!["roles"]!.AsArray().Add("astronaut"));

        var error = Assert.Throws<SeedDataException>(() => SeedCatalog.Load(folder));

        Assert.StartsWith(SeedCatalog.VolunteersFile, Assert.Single(error.Problems));
    }

    private void Edit(string fileName, Action<JsonNode> change)
    {
        var path = Path.Combine(folder, fileName);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        change(root);
        File.WriteAllText(path, root.ToJsonString());
    }
}
