using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>
/// Buckets candidates into cells of <see cref="CellDegrees"/> so a search only looks at the cells
/// inside the bounding box of the travel radius, not at every candidate in the country.
/// </summary>
internal sealed class SpatialGrid
{
    /// <summary>About 2.2 km north-south and 1.4 km east-west in the Midlands: a 5 km radius spans ~5 x 8 cells.</summary>
    private const double CellDegrees = 0.02;
    private const double KmPerDegreeLatitude = GeoPoint.EarthRadiusKm * Math.PI / 180;

    private readonly Dictionary<long, (int Start, int Count)> cells = [];
    private readonly int[] members;

    // The members' positions in the same (grid) order, so the first distance check streams through contiguous memory
    // and only candidates that may be within reach are looked up as entries.
    private readonly double[] latitudes;
    private readonly double[] longitudes;
    private readonly double[] cosLatitudes;

    public SpatialGrid(IReadOnlyList<CandidateEntry> entries)
    {
        var order = Enumerable.Range(0, entries.Count)
            .Select(i => (Key: KeyOf(entries[i].Location), Index: i))
            .OrderBy(e => e.Key).ThenBy(e => e.Index)
            .ToArray();
        members = new int[order.Length];
        latitudes = new double[order.Length];
        longitudes = new double[order.Length];
        cosLatitudes = new double[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            members[i] = order[i].Index;
            var entry = entries[order[i].Index];
            (latitudes[i], longitudes[i], cosLatitudes[i]) = (entry.LatitudeRadians, entry.LongitudeRadians, entry.CosLatitude);
            cells[order[i].Key] = cells.TryGetValue(order[i].Key, out var cell) ? (cell.Start, cell.Count + 1) : (i, 1);
        }
    }

    /// <summary>Number of candidates in the grid.</summary>
    public int Count => members.Length;

    /// <summary>Adds to <paramref name="into"/> every candidate index in cells touching the box around <paramref name="centre"/>; callers still check the exact distance.</summary>
    public void Near(GeoPoint centre, double radiusKm, List<int> into)
    {
        foreach (var (start, count) in CellsAround(centre, radiusKm))
        {
            for (var i = start; i < start + count; i++)
            {
                into.Add(members[i]);
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="indices"/> and <paramref name="leastKm"/> (each at least <see cref="Count"/> long) with
    /// every candidate that may be within <paramref name="radiusKm"/> of the person, in the order <see cref="Near"/>
    /// gives them, with a distance never above the exact one (<see cref="GeoPoint.HaversineLowerBoundKm"/>); returns how
    /// many. Every candidate within the radius is among them; callers still check the exact distance.
    /// </summary>
    public int Within(PersonQuery person, double radiusKm, int[] indices, double[] leastKm)
    {
        var (lat, lon, cosLat) = (person.LatitudeRadians, person.LongitudeRadians, person.CosLatitude);
        var found = 0;
        foreach (var (start, count) in CellsAround(person.Location, radiusKm))
        {
            for (var i = start; i < start + count; i++)
            {
                var atLeastKm = GeoPoint.HaversineLowerBoundKm(lat, lon, cosLat, latitudes[i], longitudes[i], cosLatitudes[i]);
                if (atLeastKm <= radiusKm)
                {
                    indices[found] = members[i];
                    leastKm[found] = atLeastKm;
                    found++;
                }
            }
        }
        return found;
    }

    /// <summary>The member ranges of the cells touching the box around <paramref name="centre"/>, row by row.</summary>
    private IEnumerable<(int Start, int Count)> CellsAround(GeoPoint centre, double radiusKm)
    {
        var latSpan = radiusKm / KmPerDegreeLatitude;
        var widestLatitude = Math.Min(89.9, Math.Abs(centre.Latitude) + latSpan);
        var lonSpan = Math.Min(180, radiusKm / (KmPerDegreeLatitude * Math.Cos(GeoPoint.ToRadians(widestLatitude))));
        var (latFrom, latTo) = (Cell(centre.Latitude - latSpan), Cell(centre.Latitude + latSpan));
        var (lonFrom, lonTo) = (Cell(centre.Longitude - lonSpan), Cell(centre.Longitude + lonSpan));
        for (var lat = latFrom; lat <= latTo; lat++)
        {
            for (var lon = lonFrom; lon <= lonTo; lon++)
            {
                if (cells.TryGetValue(Key(lat, lon), out var cell))
                {
                    yield return cell;
                }
            }
        }
    }

    private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);

    private static long KeyOf(GeoPoint point) => Key(Cell(point.Latitude), Cell(point.Longitude));

    private static long Key(int latCell, int lonCell) => ((long)latCell << 32) | (uint)lonCell;
}
