namespace SocialPrescribing.Contracts.Http.Directory;

// A VCSE organisation's own activities (the directory's /api/activities). What it returns is the same shape it
// accepts, plus what the directory adds (ids, status, places left, staleness), so a client can GET, change and PUT
// back. Everything a client sends is nullable so that a missing field becomes a problem-details error naming it,
// instead of a deserialisation failure.

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

public sealed record ActivityResponse(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string Description,
    string? Url,
    string? Email,
    ActivityStatus Status,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> ActivityTypes,
    int? MinimumAge,
    int? MaximumAge,
    string? WhoItIsFor,
    string? AreaServed,
    IReadOnlyList<CostOptionResponse> CostOptions,
    bool IsFree,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> AccessibilityFeatures,
    ReferralMode ReferralMode,
    CapacityBasis CapacityBasis,
    int? TotalPlaces,
    int? FreePlaces,
    ContactRequest Contact,
    IReadOnlyList<Guid> LocationIds,
    IReadOnlyList<ScheduleRequest> Schedules,
    DateTimeOffset LastCheckedAt,
    bool Stale,
    DateTimeOffset ModifiedAt);

/// <summary>One way of paying for an activity (HSDS "cost_option"); an amount always carries its currency.</summary>
public sealed record CostOptionResponse(string Option, decimal? Amount, string? Currency, string? AmountDescription, bool IsFree);
