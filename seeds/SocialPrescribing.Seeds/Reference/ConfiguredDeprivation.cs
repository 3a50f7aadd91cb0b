namespace SocialPrescribing.Seeds.Reference;

/// <summary>
/// The deprivation deciles a service reports by, from its <c>Deprivation:Path</c> setting: the CSV it names; without
/// one, the demo's ILLUSTRATIVE table (labelled as such); "none", or a file that is not there, gives no table.
/// </summary>
/// <param name="Source">Where the deciles came from, or null when no table is loaded.</param>
public sealed record ConfiguredDeprivation(IReadOnlyDictionary<string, int> Deciles, string? Source)
{
    public const string None = "none";

    public static ConfiguredDeprivation FromSetting(string? path)
    {
        if (string.Equals(path, None, StringComparison.OrdinalIgnoreCase) || (!string.IsNullOrWhiteSpace(path) && !File.Exists(path)))
        {
            return new ConfiguredDeprivation(new Dictionary<string, int>(), null);
        }
        if (!string.IsNullOrWhiteSpace(path))
        {
            return new ConfiguredDeprivation(DeprivationDeciles.Load(path), Path.GetFileName(path));
        }
        return new ConfiguredDeprivation(SeedCatalog.LoadBuiltIn().DeprivationDeciles,
            $"{DeprivationDeciles.IllustrativeFileName} (ILLUSTRATIVE demo values, not the English Indices of Deprivation)");
    }
}
