namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>SQL functions the queries call; each has the same meaning when run in .NET.</summary>
public static class DirectoryDbFunctions
{
    /// <summary>Haversine distance in metres; in SQL the function distance_metres created by the migration.</summary>
    public static double DistanceMetres(double latitude1, double longitude1, double latitude2, double longitude2) =>
        new GeoPoint(latitude1, longitude1).DistanceMetresTo(new GeoPoint(latitude2, longitude2));

    /// <summary>
    /// In a query's projection, how many rows the query has before its OFFSET and LIMIT (<c>count(*) OVER ()</c>):
    /// the total of a paged search in the same pass as its page. It has no meaning outside SQL.
    /// </summary>
    public static int RowsBeforePaging() => throw new InvalidOperationException("RowsBeforePaging is only meaningful inside a database query.");

    /// <summary>The SQL body of distance_metres, mirroring <see cref="GeoPoint.DistanceMetresTo"/>.</summary>
    internal static string CreateDistanceFunctionSql => $"""
        CREATE OR REPLACE FUNCTION distance_metres(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
        RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT 2 * {GeoPoint.EarthRadiusMetres.ToString(System.Globalization.CultureInfo.InvariantCulture)} * asin(least(1, sqrt(
            power(sin(radians(lat2 - lat1) / 2), 2)
            + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))))
        $$;
        """;
}
