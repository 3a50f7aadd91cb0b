using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>The two vocabularies activities are described with.</summary>
public static class TaxonomyCodes
{
    public const string Needs = "needs";
    public const string ActivityTypes = "activity-types";
}

/// <summary>
/// The taxonomy as one request sees it. It is small (tens of terms) and changes only when the seeds do, so it is
/// read whole and shared between requests for a minute (<see cref="SharedTaxonomy"/>): two round trips fewer for
/// every search, and a changed tree reaches every request within the minute.
/// </summary>
public sealed class TaxonomyCatalog(DirectoryContext db, SharedTaxonomy shared)
{
    public Task<TaxonomySnapshot> GetAsync(CancellationToken cancellationToken) => shared.GetAsync(db, cancellationToken);
}

/// <summary>The last taxonomy read, kept for <see cref="MaxAge"/>.</summary>
public sealed class SharedTaxonomy(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private volatile Read? _last;

    public async Task<TaxonomySnapshot> GetAsync(DirectoryContext db, CancellationToken cancellationToken)
    {
        if (_last is { } last && time.GetUtcNow() - last.At < MaxAge)
        {
            return last.Snapshot;
        }
        var at = time.GetUtcNow();
        var snapshot = new TaxonomySnapshot(
            await db.Taxonomies.AsNoTracking().ToListAsync(cancellationToken),
            await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken));
        // An empty tree is a database not seeded yet: read it again next time.
        _last = snapshot.Terms.Count > 0 ? new Read(snapshot, at) : null;
        return snapshot;
    }

    private sealed record Read(TaxonomySnapshot Snapshot, DateTimeOffset At);
}

public sealed class TaxonomySnapshot
{
    private readonly Dictionary<Guid, TaxonomyTerm> _byId;
    private readonly Dictionary<string, TaxonomyTerm> _byCode;
    private readonly ILookup<Guid?, TaxonomyTerm> _children;
    private readonly Dictionary<Guid, Taxonomy> _taxonomies;

    public TaxonomySnapshot(IReadOnlyList<Taxonomy> taxonomies, IReadOnlyList<TaxonomyTerm> terms)
    {
        Taxonomies = taxonomies;
        Terms = terms;
        _taxonomies = taxonomies.ToDictionary(t => t.Id);
        _byId = terms.ToDictionary(t => t.Id);
        _byCode = terms.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        _children = terms.ToLookup(t => t.ParentId);
    }

    public IReadOnlyList<Taxonomy> Taxonomies { get; }
    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    public TaxonomyTerm? Term(Guid id) => _byId.GetValueOrDefault(id);

    public Taxonomy? TaxonomyOf(TaxonomyTerm term) => _taxonomies.GetValueOrDefault(term.TaxonomyId);

    public Taxonomy? Taxonomy(Guid id) => _taxonomies.GetValueOrDefault(id);

    /// <summary>A term by its code ("loneliness") or its id, as both APIs accept either.</summary>
    public TaxonomyTerm? Find(string codeOrId) =>
        Guid.TryParse(codeOrId, out var id) ? Term(id) : _byCode.GetValueOrDefault(codeOrId.Trim());

    /// <summary>A term of the named taxonomy, or null when it is unknown or belongs to another vocabulary.</summary>
    public TaxonomyTerm? FindIn(string taxonomyCode, string codeOrId) =>
        Find(codeOrId) is { } term && TaxonomyOf(term)?.Code == taxonomyCode ? term : null;

    /// <summary>The terms and every term below them: searching for "sport" also finds "walking football".</summary>
    public IReadOnlyList<Guid> WithDescendants(IEnumerable<Guid> termIds)
    {
        var found = new HashSet<Guid>();
        var pending = new Stack<Guid>(termIds);
        while (pending.TryPop(out var id))
        {
            if (found.Add(id))
            {
                foreach (var child in _children[id])
                {
                    pending.Push(child.Id);
                }
            }
        }
        return [.. found];
    }
}
