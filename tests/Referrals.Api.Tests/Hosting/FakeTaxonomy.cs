using SocialPrescribing.Referrals.Application;
using SocialPrescribing.Seeds;

namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>Stands in for the directory's taxonomy: the demo seeds' terms, under the ids the directory seeds them with.</summary>
public sealed class FakeTaxonomy : ITaxonomyTerms
{
    private static readonly Dictionary<Guid, string> Terms = SeedCatalog.LoadBuiltIn().Terms.ToDictionary(t => SeedIds.ToGuid(t.Id), t => t.Vocabulary);

    /// <summary>The directory's id of a seeded term ("need-loneliness"), as the APIs take it.</summary>
    public static string Id(string seedTermId) => SeedIds.ToGuid(seedTermId).ToString();

    public Task<IReadOnlyDictionary<Guid, string>> TaxonomiesOfAsync(IReadOnlyCollection<Guid> termIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, string>>(termIds.Where(Terms.ContainsKey).ToDictionary(id => id, id => Terms[id]));
}
