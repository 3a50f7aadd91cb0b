using SocialPrescribing.Matching.Domain.Configuration;

namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>The taxonomy as int ids with child lists, so a need can be expanded to the narrower terms that count for it.</summary>
internal sealed class TermIndex
{
    private readonly List<List<int>> children = [];

    public TermIndex(Taxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        foreach (var term in taxonomy.Terms)
        {
            Add(term.Id);
        }
    }

    public Taxonomy Taxonomy { get; }
    public Vocabulary Terms { get; } = new();

    public int Add(string termId)
    {
        var known = Terms.Find(termId);
        if (known >= 0)
        {
            return known;
        }
        var id = Terms.Add(termId);
        children.Add([]);
        if (Taxonomy.ParentOf(termId) is { } parentId)
        {
            children[Add(parentId)].Add(id);
        }
        return id;
    }

    public int[] AddAll(IEnumerable<string> termIds) => Vocabulary.ToSortedSet(termIds.Select(Add));

    /// <summary>The term and its descendants, each with its credit: 1 for the term, halving with each level down.</summary>
    public IEnumerable<(int Term, double Credit)> WithDescendants(int term)
    {
        var level = new List<int> { term };
        for (var credit = 1.0; level.Count > 0; credit *= Taxonomy.ChildCreditPerLevel)
        {
            foreach (var t in level)
            {
                yield return (t, credit);
            }
            level = [.. level.SelectMany(t => children[t])];
        }
    }

    public string NameOf(int term) => Taxonomy.NameOf(Terms.CodeOf(term));
}
