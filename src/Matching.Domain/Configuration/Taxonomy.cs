namespace SocialPrescribing.Matching.Domain.Configuration;

/// <summary>A term of the activity taxonomy (Open Referral UK taxonomy_terms), with its broader parent term.</summary>
public sealed record TaxonomyTerm(string Id, string Name, string? ParentId = null);

/// <summary>
/// The taxonomy's tree: which term is the broader parent of which. A narrower (child) term counts
/// partly for a need recorded as its parent: <see cref="ChildCreditPerLevel"/> for each level down.
/// </summary>
public sealed class Taxonomy
{
    /// <summary>"Walking" meets a need for "physical activity" half as well as "physical activity" itself would.</summary>
    public const double ChildCreditPerLevel = 0.5;

    private readonly Dictionary<string, TaxonomyTerm> terms;

    public Taxonomy(IEnumerable<TaxonomyTerm> terms)
    {
        this.terms = new Dictionary<string, TaxonomyTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            if (!this.terms.TryAdd(term.Id, term))
            {
                throw new MatchingDomainException($"Taxonomy term '{term.Id}' is listed twice.");
            }
        }
        foreach (var term in this.terms.Values)
        {
            EnsureNoCycle(term);
        }
    }

    public static Taxonomy Empty { get; } = new([]);

    public IReadOnlyCollection<TaxonomyTerm> Terms => terms.Values;

    public string? ParentOf(string termId) => terms.TryGetValue(termId, out var term) ? term.ParentId : null;

    /// <summary>The term's name for reasons, or its id when the term is not in the taxonomy.</summary>
    public string NameOf(string termId) => terms.TryGetValue(termId, out var term) ? term.Name : termId;

    private void EnsureNoCycle(TaxonomyTerm start)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start.Id };
        for (var parent = start.ParentId; parent is not null; parent = ParentOf(parent))
        {
            if (!seen.Add(parent))
            {
                throw new MatchingDomainException($"Taxonomy term '{start.Id}' is its own ancestor (through '{parent}').");
            }
        }
    }
}
