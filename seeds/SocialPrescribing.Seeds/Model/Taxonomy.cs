namespace SocialPrescribing.Seeds.Model;

/// <summary>A controlled vocabulary: "needs" (what an activity helps with) or "activity-types" (what kind it is).</summary>
public sealed record VocabularySeed(string Id, string Code, string Name, string Description);

/// <summary>A term of a vocabulary; <see cref="ParentId"/> makes a tree (e.g. "diabetes" under "long-term conditions").</summary>
/// <param name="Id">Stable slug, e.g. "need-loneliness"; <see cref="SeedIds.ToGuid"/> turns it into the service's GUID.</param>
/// <param name="Code">Short name used by APIs and matching, e.g. "loneliness"; unique across vocabularies.</param>
/// <param name="Vocabulary">Id of the <see cref="VocabularySeed"/> the term belongs to.</param>
public sealed record TaxonomyTermSeed(string Id, string Code, string Name, string Description, string? ParentId, string Vocabulary);

public static class Vocabularies
{
    public const string Needs = "needs";
    public const string ActivityTypes = "activity-types";
}
