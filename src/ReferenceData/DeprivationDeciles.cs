using System.Globalization;
using CsvHelper;

namespace SocialPrescribing.ReferenceData;

/// <summary>
/// Index of Multiple Deprivation decile (1 most deprived .. 10 least) by postcode district, from a CSV with the
/// columns district, decile, note and '#' comment lines: a deployment's own (e.g. population-weighted from the IoD
/// 2019 LSOA deciles), or the demo's ILLUSTRATIVE table in <c>seeds/data</c>.
/// </summary>
public static class DeprivationDeciles
{
    public static IReadOnlyDictionary<string, int> Load(string csvPath)
    {
        using var reader = new StreamReader(csvPath);
        return Parse(reader, Path.GetFileName(csvPath));
    }

    public static IReadOnlyDictionary<string, int> Parse(TextReader reader, string sourceName = "deprivation deciles")
    {
        using var csv = CsvReader.Create(reader, ReferenceCsv.Options with { CommentPrefix = '#' }, leaveOpen: true);
        csv.ReadHeader();
        var deciles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        while (csv.Read())
        {
            var row = csv.LineNumber;
            var district = csv.GetStringOrNull("district")?.Trim().ToUpperInvariant() ?? "";
            if (!PostcodeDistrictKey.IsWellFormed(district))
            {
                problems.Add($"{sourceName}, line {row}: '{district}' is not a postcode district.");
            }
            else if (!int.TryParse(csv.GetStringOrNull("decile"), NumberStyles.None, CultureInfo.InvariantCulture, out var decile) || decile is < 1 or > 10)
            {
                problems.Add($"{sourceName}, line {row}: the decile for {district} must be a whole number from 1 to 10.");
            }
            else if (!deciles.TryAdd(district, decile))
            {
                problems.Add($"{sourceName}, line {row}: {district} appears twice.");
            }
        }
        return problems.Count > 0 ? throw new ReferenceDataException(problems) : deciles;
    }
}
