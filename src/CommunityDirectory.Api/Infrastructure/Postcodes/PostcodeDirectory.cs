using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.Extensions.Options;
using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.CommunityDirectory.Infrastructure.Postcodes;

/// <summary>
/// Geocodes a postcode to the centroid of its district from a CSV of district centroids
/// (<c>postcode,…,latitude,longitude,…</c>): by default the districts shipped in <c>seeds/data</c>; a deployment can
/// point <c>Postcodes:Path</c> at the ONS Postcode Directory reduced to the same columns and get full-postcode precision.
/// </summary>
public sealed partial class PostcodeDirectory(IOptions<PostcodeOptions> options)
{
    private readonly Lazy<IReadOnlyDictionary<string, GeoPoint>> _centroids = new(() => Load(options.Value.Path));

    /// <summary>Finds a full postcode ("WV1 1AA") or a district ("WV1"); null when the format is wrong or the district unknown.</summary>
    public GeocodedPostcode? Find(string? postcode)
    {
        if (Parse(postcode) is not var (district, inward))
        {
            return null;
        }
        return _centroids.Value.TryGetValue(district, out var centroid)
            ? new GeocodedPostcode(inward is null ? district : $"{district} {inward}", district, centroid)
            : null;
    }

    private static (string District, string? Inward)? Parse(string? postcode)
    {
        var compact = string.Concat((postcode ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var match = PostcodePattern().Match(compact);
        return match.Success
            ? (match.Groups["district"].Value, match.Groups["inward"].Success ? match.Groups["inward"].Value : null)
            : null;
    }

    private static Dictionary<string, GeoPoint> Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            // No configuration: the district centroids shipped with the repository.
            return PostcodeDistricts.LoadBuiltIn().All.ToDictionary(d => d.District, d => new GeoPoint(d.Latitude, d.Longitude), StringComparer.OrdinalIgnoreCase);
        }
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Postcodes:Path must name the postcode-district CSV; '{path}' does not exist.");
        }
        using var reader = new StreamReader(path);
        var header = SplitCsvLine(reader.ReadLine() ?? "").Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name) is >= 0 and var index
            ? index
            : throw new InvalidOperationException($"{path} has no '{name}' column.");
        var (postcode, latitude, longitude) = (Column("postcode"), Column("latitude"), Column("longitude"));

        var centroids = new Dictionary<string, GeoPoint>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var fields = SplitCsvLine(line);
            if (fields.Count > Math.Max(postcode, Math.Max(latitude, longitude))
                && double.TryParse(fields[latitude], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(fields[longitude], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                centroids[fields[postcode].Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()] = new GeoPoint(lat, lon);
            }
        }
        return centroids;
    }

    /// <summary>One RFC 4180 line: commas separate fields, quotes protect commas, doubled quotes are a quote.</summary>
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }

    [GeneratedRegex("^(?<district>[A-Z]{1,2}[0-9][A-Z0-9]?)(?<inward>[0-9][A-Z]{2})?$")]
    private static partial Regex PostcodePattern();
}

public sealed class PostcodeOptions
{
    public string? Path { get; set; }
}
