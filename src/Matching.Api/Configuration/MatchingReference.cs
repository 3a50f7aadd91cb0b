using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Configuration;

/// <summary>
/// What the matcher needs besides the read models, loaded once at start: the place's matching configuration
/// (weights, deprivation table), the taxonomy tree, and postcode-district centroids to place people and volunteers.
/// </summary>
public sealed class MatchingReference(
    MatchingConfiguration configuration,
    Taxonomy taxonomy,
    IReadOnlyDictionary<string, string> termIdByCode,
    IReadOnlyDictionary<string, GeoPoint> centroids)
{
    public MatchingConfiguration Configuration { get; } = configuration;
    public Taxonomy Taxonomy { get; } = taxonomy;

    /// <summary>
    /// A term as the read models hold it ("need-loneliness"), from the directory's term id (what referrals record) or its
    /// code ("loneliness", what the directory sends with an activity).
    /// </summary>
    public string TermIdOf(string codeOrId) => termIdByCode.GetValueOrDefault(codeOrId, codeOrId);

    /// <summary>The centroid of a postcode district, or null when the district is unknown.</summary>
    public GeoPoint? CentroidOf(string? district) =>
        district is not null && centroids.TryGetValue(district.Replace(" ", "", StringComparison.Ordinal), out var point) ? point : null;
}
