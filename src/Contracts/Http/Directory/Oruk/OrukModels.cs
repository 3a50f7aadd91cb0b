using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http.Directory.Oruk;

// The Open Referral UK (HSDS-UK 3.0) shapes of the directory's public API, serialised in snake_case with nulls left
// out (the schemas type optional fields as plain strings and numbers, never null). A published standard, shared here
// so the web reads the records the directory writes.

public sealed record OrukApiDetails(string Version, string Profile, string OpenapiUrl);

/// <summary>The paged envelope every ORUK list uses; pages count from 1.</summary>
public sealed record OrukPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents)
{
    public static OrukPage<T> Of(IReadOnlyList<T> contents, int totalItems, int page, int perPage)
    {
        var totalPages = (int)Math.Ceiling(totalItems / (double)perPage);
        return new OrukPage<T>(totalItems, totalPages, page, contents.Count, page == 1, page >= totalPages, contents.Count == 0, contents);
    }
}

public sealed record OrukService(
    Guid Id,
    Guid OrganizationId,
    string Name,
    string Description,
    string? Url,
    string? Email,
    string Status,
    string? Fees,
    int? MinimumAge,
    int? MaximumAge,
    string AssuredDate,
    string? Alert,
    DateTimeOffset LastModified,
    IReadOnlyList<OrukSchedule> Schedules,
    IReadOnlyList<OrukServiceArea> ServiceAreas,
    IReadOnlyList<OrukServiceAtLocation>? ServiceAtLocations,
    IReadOnlyList<OrukLanguage> Languages,
    OrukOrganization? Organization,
    IReadOnlyList<OrukCostOption> CostOptions,
    IReadOnlyList<OrukContact> Contacts,
    IReadOnlyList<OrukAttribute> Attributes,
    OrukEligibility Eligibility,
    string ReferralMode,
    int? Capacity,
    int? FreePlaces);

/// <summary>Who the service is for, beyond the age range (an extension: HSDS-UK has no place for it).</summary>
public sealed record OrukEligibility(string? Description);

public sealed record OrukSchedule(
    Guid Id,
    Guid ServiceId,
    string? ValidFrom,
    string? ValidTo,
    string? Dtstart,
    string? Freq,
    int? Interval,
    string? Byday,
    string? Bymonthday,
    string? Description,
    string OpensAt,
    string ClosesAt,
    string AttendingType);

public sealed record OrukServiceArea(Guid Id, Guid ServiceId, string Name, string Description);

public sealed record OrukServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId, OrukLocation Location, OrukService? Service);

public sealed record OrukLocation(
    Guid Id,
    string LocationType,
    string Name,
    string Description,
    double Latitude,
    double Longitude,
    IReadOnlyList<OrukAddress> Addresses,
    IReadOnlyList<OrukAccessibility> Accessibility);

public sealed record OrukAddress(
    Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string? Region, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record OrukAccessibility(Guid Id, Guid LocationId, string Description, string Details);

public sealed record OrukLanguage(Guid Id, Guid ServiceId, string Code);

public sealed record OrukOrganization(
    Guid Id,
    string Name,
    string Description,
    string? Email,
    string? Website,
    IReadOnlyList<OrukOrganizationIdentifier> OrganizationIdentifiers,
    IReadOnlyList<OrukService>? Services);

public sealed record OrukOrganizationIdentifier(Guid Id, Guid OrganizationId, string IdentifierScheme, string IdentifierType, string Identifier);

public sealed record OrukCostOption(Guid Id, Guid ServiceId, string Option, decimal? Amount, string? Currency, string? AmountDescription);

public sealed record OrukContact(Guid Id, Guid ServiceId, string? Name, string? Email, string? Phone);

public sealed record OrukAttribute(Guid Id, Guid LinkId, Guid TaxonomyTermId, string LinkType, OrukTaxonomyTerm TaxonomyTerm);

public sealed record OrukTaxonomy(Guid Id, string Name, string Description, string? Version, IReadOnlyList<OrukTaxonomyTerm>? TaxonomyTerms);

public sealed record OrukTaxonomyTerm(Guid Id, string Name, string Description, Guid? ParentId, string? Taxonomy, Guid TaxonomyId, string Term);
