using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.ReferenceData;

/// <summary>A controlled vocabulary: "needs" (what an activity helps with) or "activity-types" (what kind it is).</summary>
public sealed record VocabularyDefinition(string Id, string Code, string Name, string Description);

/// <summary>A term of a vocabulary; <see cref="ParentId"/> makes a tree (e.g. "diabetes" under "long-term conditions").</summary>
/// <param name="Id">Stable slug, e.g. "need-loneliness"; <see cref="StableIds.ToGuid"/> turns it into the services' GUID.</param>
/// <param name="Code">Short name used by APIs and matching, e.g. "loneliness"; unique across vocabularies.</param>
/// <param name="Vocabulary">Id of the <see cref="VocabularyDefinition"/> the term belongs to.</param>
public sealed record TermDefinition(string Id, string Code, string Name, string Description, string? ParentId, string Vocabulary);

public static class Vocabularies
{
    public const string Needs = "needs";
    public const string ActivityTypes = "activity-types";
}

/// <summary>
/// The product's one vocabulary of needs and activity types (<c>Data/taxonomy.json</c>, built in). The directory
/// writes it into its database at every start, whatever else is loaded, and the matcher reads the same terms, so a
/// deployment without demo data still has every need to tag and match by.
/// </summary>
public sealed class TaxonomyDefinition
{
    public const string FileName = "taxonomy.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly Lazy<TaxonomyDefinition> BuiltIn = new(() =>
    {
        using var stream = typeof(TaxonomyDefinition).Assembly.GetManifestResourceStream($"SocialPrescribing.ReferenceData.{FileName}")
            ?? throw new ReferenceDataException($"{FileName}: not built into this assembly.");
        return Parse(stream);
    });

    private TaxonomyDefinition(IReadOnlyList<VocabularyDefinition> vocabularies, IReadOnlyList<TermDefinition> terms) =>
        (Vocabularies, Terms) = (vocabularies, terms);

    public IReadOnlyList<VocabularyDefinition> Vocabularies { get; }

    public IReadOnlyList<TermDefinition> Terms { get; }

    public static TaxonomyDefinition LoadBuiltIn() => BuiltIn.Value;

    public static TaxonomyDefinition Parse(Stream json)
    {
        try
        {
            var file = JsonSerializer.Deserialize<TaxonomyFile>(json, Options) ?? throw new ReferenceDataException($"{FileName}: the file holds null.");
            return new TaxonomyDefinition(file.Vocabularies, file.Terms);
        }
        catch (JsonException e)
        {
            throw new ReferenceDataException($"{FileName}: {e.Message}");
        }
    }

    private sealed record TaxonomyFile(IReadOnlyList<VocabularyDefinition> Vocabularies, IReadOnlyList<TermDefinition> Terms);
}
