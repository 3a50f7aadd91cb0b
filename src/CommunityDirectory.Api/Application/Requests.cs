namespace SocialPrescribing.CommunityDirectory.Application;

// What VCSE clients send. Everything is nullable so that a missing field becomes a problem-details
// error naming it, instead of a deserialisation failure.

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

public sealed record ActivityRequest(
    string? Name,
    string? Description,
    string? Url,
    string? Email,
    IReadOnlyList<string>? Needs,
    IReadOnlyList<string>? ActivityTypes,
    int? MinimumAge,
    int? MaximumAge,
    string? WhoItIsFor,
    string? AreaServed,
    IReadOnlyList<CostOptionRequest>? CostOptions,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? AccessibilityFeatures,
    ReferralMode? ReferralMode,
    CapacityBasis? CapacityBasis,
    int? TotalPlaces,
    ContactRequest? Contact,
    IReadOnlyList<Guid>? LocationIds,
    IReadOnlyList<ScheduleRequest>? Schedules);

public sealed record CostOptionRequest(string? Option, decimal? Amount, string? Currency, string? AmountDescription);

public sealed record ContactRequest(string? Name, string? Email, string? Phone);

public sealed record ScheduleRequest(
    ScheduleFrequency? Frequency,
    int? Interval,
    IReadOnlyList<string>? ByDay,
    IReadOnlyList<int>? ByMonthDay,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    DateOnly? Date,
    TimeOnly? OpensAt,
    TimeOnly? ClosesAt,
    string? Description);

/// <summary>Sets the number of places; null means the activity takes everyone who comes.</summary>
public sealed record CapacityRequest(int? TotalPlaces);
