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
}
