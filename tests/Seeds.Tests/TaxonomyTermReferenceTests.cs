using System.Text.Json.Nodes;

namespace SocialPrescribing.Seeds.Tests;

/// <summary>
/// The directory owns the taxonomy, and every service seeds from these files: a term id anywhere in them (people's needs
/// and interests, activities' needs and types, volunteers' interests) must be a term of the reference taxonomy,
/// or a service would record a need that the directory, and so the search and the matcher, do not know.
/// </summary>
public sealed class TaxonomyTermReferenceTests
{
    private static readonly string[] TermPrefixes = ["need-", "type-"];

    [Fact]
    public void Every_term_id_in_every_seed_file_is_a_term_of_the_taxonomy()
    {
        var catalog = SeedCatalog.Load(RepositoryPaths.SeedsData);
        var known = catalog.Terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var references = Directory.GetFiles(RepositoryPaths.SeedsData, "*.json")
            .SelectMany(file => TermReferences(Path.GetFileName(file), JsonNode.Parse(File.ReadAllText(file))!, "$"))
            .ToList();

        Assert.NotEmpty(references);
        Assert.Empty(references.Where(r => !known.Contains(r.TermId)).Select(r => $"{r.Where}: '{r.TermId}'"));
    }

    [Fact]
    public void A_term_id_that_is_not_in_the_taxonomy_is_found_wherever_it_is()
    {
        var volunteers = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedsData, SeedCatalog.VolunteersFile)))!;
        volunteers["volunteers"]![0]!["interestTermIds"]!.AsArray().Add("need-no-such-thing");

        var found = TermReferences(SeedCatalog.VolunteersFile, volunteers, "$").Select(r => r.TermId);

        Assert.Contains("need-no-such-thing", found);
    }

    /// <summary>Every value of a property named for term ids, and every string shaped like a term id, wherever it sits.</summary>
    private static IEnumerable<(string Where, string TermId)> TermReferences(string file, JsonNode node, string path) => node switch
    {
        JsonObject obj => obj.Where(p => p.Value is not null).SelectMany(p => IsTermProperty(p.Key) && p.Value is JsonArray or JsonValue
            ? Strings(p.Value!).Select(id => ($"{file} {path}.{p.Key}", id))
            : TermReferences(file, p.Value!, $"{path}.{p.Key}")),
        JsonArray array => array.Select((item, i) => (item, i)).Where(x => x.item is not null).SelectMany(x => TermReferences(file, x.item!, $"{path}[{x.i}]")),
        JsonValue value when value.TryGetValue<string>(out var text) && TermPrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)) => [($"{file} {path}", text)],
        _ => [],
    };

    private static bool IsTermProperty(string name) => name.EndsWith("TermIds", StringComparison.Ordinal) || name.EndsWith("TermId", StringComparison.Ordinal);

    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonArray array => array.Select(item => item?.GetValue<string>()).OfType<string>(),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
