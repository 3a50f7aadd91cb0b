namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>A point on the Earth (WGS84 degrees).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Mean Earth radius in metres, the value the SQL function distance_metres uses too.</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>Great-circle (haversine) distance in metres.</summary>
    public double DistanceMetresTo(GeoPoint other)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
              + Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The latitude/longitude rectangle that contains every point within <paramref name="metres"/>:
    /// the cheap, indexable pre-filter before the exact distance.
    /// </summary>
    public GeoBox BoxAround(double metres)
    {
        var dLat = ToDegrees(metres / EarthRadiusMetres);
        // Meridians converge towards the poles: a metre spans more degrees of longitude there.
        var dLon = ToDegrees(metres / (EarthRadiusMetres * Math.Max(Math.Cos(ToRadians(Latitude)), 1e-6)));
        return new GeoBox(Latitude - dLat, Latitude + dLat, Longitude - dLon, Longitude + dLon);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
    private static double ToDegrees(double radians) => radians * 180 / Math.PI;
}

public readonly record struct GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);
