using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Application;

/// <summary>A referral's needs and interests as the directory's term ids: needs from its needs taxonomy, interests from either.</summary>
public sealed record NeedTerms(List<string> Needs, List<string> Interests)
{
    public const string NeedsTaxonomy = "needs";

    /// <summary>Checks every id with the directory; any it does not know, or a need that is not a need, is a 400 naming the field.</summary>
    public static async Task<NeedTerms> CheckAsync(
        ITaxonomyTerms taxonomy, IReadOnlyList<string> needIds, IReadOnlyList<string> interestIds, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var needs = Parse(errors, "needTermIds", needIds);
        var interests = Parse(errors, "interestTermIds", interestIds);
        var known = await taxonomy.TaxonomiesOfAsync([.. needs.Concat(interests).Distinct()], cancellationToken);
        foreach (var need in needs)
        {
            if (known.TryGetValue(need, out var taxonomyCode))
            {
                errors.Check(taxonomyCode == NeedsTaxonomy, "needTermIds", $"'{need}' is an activity type, not a need: choose a term of the directory's needs taxonomy.");
            }
        }
        foreach (var (field, ids) in new[] { ("needTermIds", needs), ("interestTermIds", interests) })
        {
            foreach (var unknown in ids.Where(id => !known.ContainsKey(id)))
            {
                errors.Add(field, $"'{unknown}' is not a term of the directory's taxonomy; the directory lists them at GET /taxonomy_terms.");
            }
        }
        errors.ThrowIfAny();
        return new NeedTerms([.. needs.Select(id => id.ToString())], [.. interests.Select(id => id.ToString())]);
    }

    private static List<Guid> Parse(FieldErrors errors, string field, IReadOnlyList<string> ids)
    {
        var parsed = new List<Guid>();
        foreach (var id in ids)
        {
            if (Guid.TryParse(id, out var termId))
            {
                parsed.Add(termId);
            }
            else
            {
                errors.Add(field, $"'{id}' is not a taxonomy term id; the directory lists its terms, with their ids, at GET /taxonomy_terms.");
            }
        }
        return [.. parsed.Distinct()];
    }
}
