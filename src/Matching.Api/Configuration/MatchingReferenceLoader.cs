using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Matching.Configuration;

/// <summary>
/// Reads the matcher's configuration: <c>Matching:Weights:*</c> (defaults in <see cref="MatchingWeights"/>), the
/// deprivation table at <c>Deprivation:Path</c> (none without it), the product's taxonomy, and district centroids from
/// <c>Postcodes:Path</c> (default: the ones built into the reference data).
/// Wrong weights stop the service at start with a message rather than rank people wrongly.
/// </summary>
public static class MatchingReferenceLoader
{
    public static MatchingReference Load(IConfiguration configuration)
    {
        var weights = configuration.GetSection("Matching:Weights").Get<MatchingWeights>() ?? MatchingWeights.Default;
        try
        {
            weights.Validate();
        }
        catch (MatchingDomainException ex)
        {
            throw new InvalidOperationException($"Matching:Weights is invalid: {ex.Message}", ex);
        }

        var terms = TaxonomyDefinition.LoadBuiltIn().Terms;
        var taxonomy = new Taxonomy(terms.Select(t => new TaxonomyTerm(t.Id, t.Name, t.ParentId)));
        // The directory's term ids (what referrals record) and its codes (what activities carry) both name a term.
        var termIdByCode = terms
            .SelectMany(t => new[] { (Alias: t.Code, t.Id), (Alias: StableIds.ToGuid(t.Id).ToString(), t.Id) })
            .GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);

        var districts = configuration["Postcodes:Path"] is { Length: > 0 } postcodes
            ? PostcodeDistricts.Load(postcodes)
            : PostcodeDistricts.LoadBuiltIn();
        var centroids = districts.All.ToDictionary(d => d.District, d => new GeoPoint(d.Latitude, d.Longitude), StringComparer.OrdinalIgnoreCase);

        var matching = new MatchingConfiguration { Weights = weights, Deprivation = DeprivationTable.FromSetting(configuration[DeprivationTable.SettingName]) };
        return new MatchingReference(matching, taxonomy, termIdByCode, centroids);
    }
}
