namespace SocialPrescribing.Matching.Domain.Configuration;

/// <summary>
/// Index of Multiple Deprivation decile (1 most deprived .. 10 least) by postcode district, as a place
/// configures it (e.g. population-weighted from LSOA deciles). Keys are compared without case or spaces.
/// </summary>
public sealed class DeprivationTable
{
    private readonly Dictionary<string, int> decileByDistrict;

    public DeprivationTable(IReadOnlyDictionary<string, int> decileByDistrict)
    {
        this.decileByDistrict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (district, decile) in decileByDistrict)
        {
            EnsureDecile(decile, $"district {district}");
            this.decileByDistrict[Normalise(district)] = decile;
        }
    }

    public static DeprivationTable Empty { get; } = new(new Dictionary<string, int>());

    public int? DecileOf(string? postcodeDistrict) =>
        postcodeDistrict is not null && decileByDistrict.TryGetValue(Normalise(postcodeDistrict), out var decile) ? decile : null;

    internal static void EnsureDecile(int decile, string whose)
    {
        if (decile is < 1 or > 10)
        {
            throw new MatchingDomainException($"Deprivation decile {decile} for {whose} is outside 1 (most deprived) to 10 (least).");
        }
    }

    internal static string Normalise(string district) => district.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
