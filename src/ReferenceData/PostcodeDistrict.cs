namespace SocialPrescribing.ReferenceData;

/// <summary>The centroid of a postcode district (outward code), good to a few kilometres in towns.</summary>
public sealed record PostcodeDistrict(string District, double Latitude, double Longitude, string? Town, string? County, string? Region);
