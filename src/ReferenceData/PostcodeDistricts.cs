using System.Globalization;
using CsvHelper;

namespace SocialPrescribing.ReferenceData;

/// <summary>
/// District centroids read from a CSV with the columns postcode, latitude, longitude, city, county, region_name
/// (others ignored): the OS Code-Point Open derived file shipped in <c>src/ReferenceData/Data</c> and built into this assembly
/// (<see cref="LoadBuiltIn"/>), or a file at a configured path, such as the ONS Postcode Directory reduced to those columns.
/// </summary>
public sealed class PostcodeDistricts
{
    private readonly Dictionary<string, PostcodeDistrict> byDistrict;

    private PostcodeDistricts(IEnumerable<PostcodeDistrict> districts)
    {
        byDistrict = new Dictionary<string, PostcodeDistrict>(StringComparer.OrdinalIgnoreCase);
        foreach (var district in districts)
        {
            if (!byDistrict.TryAdd(district.District, district))
            {
                throw new ReferenceDataException($"Postcode district {district.District} appears twice.");
            }
        }
        All = [.. byDistrict.Values];
    }

    public IReadOnlyList<PostcodeDistrict> All { get; }

    public int Count => byDistrict.Count;

    public static PostcodeDistricts Load(string csvPath)
    {
        if (!File.Exists(csvPath))
        {
            throw new ReferenceDataException($"Postcode district file not found at '{csvPath}'.");
        }
        using var reader = new StreamReader(csvPath);
        return Parse(reader, Path.GetFileName(csvPath));
    }

    /// <summary>The file name in <c>Data</c> and in the assembly.</summary>
    public const string BuiltInFileName = "uk-postcode-districts.csv";

    /// <summary>The district centroids shipped with the repository (OS Code-Point Open, OGL v3).</summary>
    public static PostcodeDistricts LoadBuiltIn()
    {
        var resource = $"SocialPrescribing.ReferenceData.{BuiltInFileName}";
        using var reader = new StreamReader(typeof(PostcodeDistricts).Assembly.GetManifestResourceStream(resource)
            ?? throw new ReferenceDataException($"{BuiltInFileName}: not built into this assembly."));
        return Parse(reader, BuiltInFileName);
    }

    public static PostcodeDistricts Parse(TextReader reader, string sourceName = "postcode districts")
    {
        using var csv = CsvReader.Create(reader, ReferenceCsv.Options, leaveOpen: true);
        csv.ReadHeader();
        var districts = new List<PostcodeDistrict>();
        while (csv.Read())
        {
            var district = csv.GetStringOrNull("postcode")?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(district)
                || !double.TryParse(csv.GetStringOrNull("latitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(csv.GetStringOrNull("longitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
            {
                throw new ReferenceDataException($"{sourceName}, line {csv.LineNumber}: needs a postcode district, latitude and longitude.");
            }
            districts.Add(new PostcodeDistrict(district, latitude, longitude,
                Blank(csv.GetStringOrNull("city")), Blank(csv.GetStringOrNull("county")), Blank(csv.GetStringOrNull("region_name"))));
        }
        if (districts.Count == 0)
        {
            throw new ReferenceDataException($"{sourceName}: holds no postcode districts.");
        }
        return new PostcodeDistricts(districts);
    }

    public bool Contains(string district) => byDistrict.ContainsKey(district.Trim());

    public bool TryGet(string district, out PostcodeDistrict centroid) => byDistrict.TryGetValue(district.Trim(), out centroid!);

    public PostcodeDistrict this[string district] =>
        TryGet(district, out var centroid) ? centroid : throw new KeyNotFoundException($"Unknown postcode district '{district}'.");

    // The source marks some unknown regions "#N/A".
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) || value == "#N/A" ? null : value.Trim();
}
