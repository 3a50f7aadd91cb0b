using SocialPrescribing.CommunityDirectory.Infrastructure.Postcodes;

namespace SocialPrescribing.CommunityDirectory.Application;

public sealed class LocationRequestValidator(PostcodeDirectory postcodes)
{
    public (LocationDetails? Details, FieldErrors Errors) Validate(LocationRequest request)
    {
        var errors = new FieldErrors();
        var name = errors.Required("name", request.Name, FieldLimits.Name, "the name of the place");
        var description = errors.MaxLength("description", request.Description, FieldLimits.Description, "the description") ?? "";
        var address = errors.Required("addressLine1", request.AddressLine1, FieldLimits.Name, "the first line of the address");
        var city = errors.Required("city", request.City, FieldLimits.Short, "the town or city");
        var region = errors.MaxLength("region", request.Region, FieldLimits.Short, "the county or region");
        var postcode = FindPostcode(errors, postcodes, "postcode", request.Postcode);
        return errors.Any || postcode is null
            ? (null, errors)
            : (new LocationDetails(name, description, address, city, region, postcode), errors);
    }

    /// <summary>Geocodes a postcode, or records why it cannot be: shared by locations and searches.</summary>
    public static GeocodedPostcode? FindPostcode(FieldErrors errors, PostcodeDirectory postcodes, string field, string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            errors.Add(field, "Enter a postcode.");
            return null;
        }
        if (postcode.Length > 10)
        {
            errors.Add(field, "A postcode has at most 8 characters, like \"WV1 1AA\".");
            return null;
        }
        var found = postcodes.Find(postcode);
        if (found is null)
        {
            errors.Add(field, $"We could not find the postcode '{postcode.Trim()}'; check it is a UK postcode like \"WV1 1AA\".");
        }
        return found;
    }
}
