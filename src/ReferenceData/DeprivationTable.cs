namespace SocialPrescribing.ReferenceData;

/// <summary>
/// Index of Multiple Deprivation decile (1 most deprived … 10 least) by postcode district, as a place configures it
/// (<c>Deprivation:Path</c>, e.g. population-weighted from the IoD 2019 LSOA deciles). Without a path, or with "none",
/// no table is loaded and reports say so: the product never falls back to demo values. Districts are looked up
/// without case or spaces (<see cref="PostcodeDistrictKey"/>).
/// </summary>
public sealed class DeprivationTable
{
    public const string SettingName = "Deprivation:Path";
    public const string None = "none";

    private readonly Dictionary<string, int> _deciles;

    public DeprivationTable(IReadOnlyDictionary<string, int> deciles, string? source)
    {
        _deciles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (district, decile) in deciles)
        {
            if (!IsDecile(decile))
            {
                throw new ReferenceDataException($"Deprivation decile {decile} for district {district} is outside 1 (most deprived) to 10 (least).");
            }
            _deciles[PostcodeDistrictKey.Normalise(district)] = decile;
        }
        Source = source;
    }

    public static DeprivationTable Empty { get; } = new(new Dictionary<string, int>(), null);

    /// <summary>
    /// Where the deciles came from: the file's name, with its first '#' line when it has one, so a file that says what it
    /// is ("ILLUSTRATIVE VALUES…", "IoD 2019, population-weighted") is labelled so in every report. Null when none is loaded.
    /// </summary>
    public string? Source { get; }

    public bool IsLoaded => Source is not null;

    public int Count => _deciles.Count;

    public int? DecileOf(string? postcodeDistrict) =>
        postcodeDistrict is not null && _deciles.TryGetValue(PostcodeDistrictKey.Normalise(postcodeDistrict), out var decile) ? decile : null;

    public static bool IsDecile(int decile) => decile is >= 1 and <= 10;

    /// <summary>The table the setting names; a path that names no file stops the service rather than report without it.</summary>
    public static DeprivationTable FromSetting(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || string.Equals(path, None, StringComparison.OrdinalIgnoreCase))
        {
            return Empty;
        }
        if (!File.Exists(path))
        {
            throw new ReferenceDataException($"{SettingName} names '{path}', which is not there; set it to a deciles CSV or to '{None}'.");
        }
        // Read once: the first line labels the table, the whole text is parsed.
        var text = File.ReadAllText(path);
        var firstLine = new StringReader(text).ReadLine()?.Trim() ?? "";
        var name = Path.GetFileName(path);
        var source = firstLine.StartsWith('#') ? $"{name} ({firstLine.TrimStart('#', ' ')})" : name;
        return new DeprivationTable(DeprivationDeciles.Parse(new StringReader(text), name), source);
    }
}
