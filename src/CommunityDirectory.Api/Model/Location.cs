namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>
/// A place where activities happen. It is geocoded to the centroid of its postcode district:
/// accurate to a few kilometres, which is what "near me" needs.
/// </summary>
public sealed class Location
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public required string AddressLine1 { get; set; }
    public required string City { get; set; }
    public string? Region { get; set; }

    /// <summary>Normalised full postcode, e.g. "WV1 1AA" (or just the district when that is all that was given).</summary>
    public required string Postcode { get; set; }

    public required string PostcodeDistrict { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public DateTimeOffset ModifiedAt { get; set; }
    public uint Version { get; private set; }

    public void Apply(LocationDetails details, DateTimeOffset at)
    {
        Name = details.Name;
        Description = details.Description;
        AddressLine1 = details.AddressLine1;
        City = details.City;
        Region = details.Region;
        Postcode = details.Postcode.Postcode;
        PostcodeDistrict = details.Postcode.District;
        Latitude = details.Postcode.Centroid.Latitude;
        Longitude = details.Postcode.Centroid.Longitude;
        ModifiedAt = at;
    }
}

public sealed record LocationDetails(string Name, string Description, string AddressLine1, string City, string? Region, GeocodedPostcode Postcode);
