using SocialPrescribing.Seeds.Reference;

namespace SocialPrescribing.Referrals.Infrastructure;

/// <summary>
/// Deprivation deciles (1 most deprived … 10 least) by postcode district, for equity-of-access
/// reports. From the CSV at <c>Deprivation:Path</c>; without one, the demo's ILLUSTRATIVE table
/// (labelled as such in every report); with <c>Deprivation:Path</c> set to "none" or naming a file
/// that is not there, no table, and reports say so.
/// </summary>
public sealed class DeprivationTable
{
    public const string None = ConfiguredDeprivation.None;

    private readonly IReadOnlyDictionary<string, int> _deciles;

    private DeprivationTable(IReadOnlyDictionary<string, int> deciles, string? source) => (_deciles, Source) = (deciles, source);

    /// <summary>Where the deciles came from, or null when no table is loaded.</summary>
    public string? Source { get; }

    public bool IsLoaded => Source is not null;

    public int? DecileOf(string postcodeDistrict) => _deciles.TryGetValue(postcodeDistrict, out var decile) ? decile : null;

    public static DeprivationTable Load(IConfiguration configuration)
    {
        var configured = ConfiguredDeprivation.FromSetting(configuration["Deprivation:Path"]);
        return new DeprivationTable(configured.Deciles, configured.Source);
    }
}
