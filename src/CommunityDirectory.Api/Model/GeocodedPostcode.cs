namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>A postcode found in the postcode directory, with where it is.</summary>
public sealed record GeocodedPostcode(string Postcode, string District, GeoPoint Centroid);
