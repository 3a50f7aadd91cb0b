namespace SocialPrescribing.CommunityDirectory.Application;

// What VCSE clients send of their organisation and places (an activity's request is the shared contract's, in
// Contracts/Http/Directory). Everything is nullable so that a missing field becomes a problem-details error naming
// it, instead of a deserialisation failure.

public sealed record OrganisationRequest(
    string? Name,
    string? Description,
    string? CharityNumber,
    string? CompanyNumber,
    string? Email,
    string? Website,
    string? Phone);

public sealed record LocationRequest(
    string? Name,
    string? Description,
    string? AddressLine1,
    string? City,
    string? Region,
    string? Postcode);
