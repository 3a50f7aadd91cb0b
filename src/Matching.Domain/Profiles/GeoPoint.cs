namespace SocialPrescribing.Matching.Domain.Profiles;

/// <summary>A point on the Earth in WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    internal const double EarthRadiusKm = 6371.0088;

    internal bool IsValid =>
        double.IsFinite(Latitude) && double.IsFinite(Longitude) && Math.Abs(Latitude) <= 90 && Math.Abs(Longitude) <= 180;

    internal static double ToRadians(double degrees) => degrees * (Math.PI / 180.0);

    /// <summary>Great-circle (haversine) distance in kilometres between two points given in radians, with their latitudes' cosines worked out once.</summary>
    internal static double HaversineKm(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        var sinLat = Math.Sin((lat2 - lat1) / 2);
        var sinLon = Math.Sin((lon2 - lon1) / 2);
        var h = (sinLat * sinLat) + (cosLat1 * cosLat2 * sinLon * sinLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// A bound never above <see cref="HaversineKm"/> for the same points, without its sines and arcsine: sin x is at
    /// least x - x³/6 and asin y at least y, and the 1e-9 taken off covers rounding. Within 1e-7 of the distance for
    /// points tens of kilometres apart; 0 (no bound) for points a quarter of the way round the Earth or more apart.
    /// </summary>
    internal static double HaversineLowerBoundKm(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        var halfLat = Math.Abs(lat2 - lat1) / 2;
        var halfLon = Math.Abs(lon2 - lon1) / 2;
        if (halfLat > 1 || halfLon > 1)
        {
            return 0;
        }
        var sinLat = halfLat - (halfLat * halfLat * halfLat / 6);
        var sinLon = halfLon - (halfLon * halfLon * halfLon / 6);
        var h = (sinLat * sinLat) + (cosLat1 * cosLat2 * sinLon * sinLon);
        return 2 * EarthRadiusKm * Math.Sqrt(h) * (1 - 1e-9);
    }
}
