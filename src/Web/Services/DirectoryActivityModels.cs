namespace SocialPrescribing.Web.Services;

/// <summary>
/// An activity as the directory's VCSE API returns it. The pages edit some fields; the rest
/// (<see cref="Needs"/>, schedules, places...) are sent back unchanged, as the API replaces the whole activity.
/// Enumerations stay as the directory spells them (kebab-case).
/// </summary>
public sealed record VcseActivity(
    Guid Id,
    string Name,
    string Description,
    string? Url,
    string? Email,
    string Status,
    List<string> Needs,
    List<string> ActivityTypes,
    int? MinimumAge,
    int? MaximumAge,
    string? WhoItIsFor,
    string? AreaServed,
    List<VcseCostOption> CostOptions,
    List<string> Languages,
    List<string> AccessibilityFeatures,
    string ReferralMode,
    string CapacityBasis,
    int? TotalPlaces,
    int? FreePlaces,
    VcseContact Contact,
    List<Guid> LocationIds,
    List<VcseSchedule> Schedules,
    bool Stale)
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Withdrawn = "withdrawn";

    public string StatusText => Status switch
    {
        Draft => "Draft",
        Published => "Published",
        Withdrawn => "Withdrawn",
        _ => Status,
    };

    public string PlacesText => TotalPlaces is { } total
        ? $"{FreePlaces ?? total} of {total} free{(CapacityBasis == "per-session" ? " at each session" : "")}"
        : "No limit";
}

public sealed record VcseCostOption(string? Option, decimal? Amount, string? Currency, string? AmountDescription);

public sealed record VcseContact(string? Name, string? Email, string? Phone);

public sealed record VcseSchedule(
    string? Frequency, int? Interval, List<string>? ByDay, List<int>? ByMonthDay,
    DateOnly? ValidFrom, DateOnly? ValidTo, DateOnly? Date, TimeOnly? OpensAt, TimeOnly? ClosesAt, string? Description);

/// <summary>What the directory accepts to create or replace an activity (field names as its API's JSON).</summary>
public sealed record VcseActivityRequest(
    string? Name,
    string? Description,
    string? Url,
    string? Email,
    List<string> Needs,
    List<string> ActivityTypes,
    int? MinimumAge,
    int? MaximumAge,
    string? WhoItIsFor,
    string? AreaServed,
    List<VcseCostOption> CostOptions,
    List<string> Languages,
    List<string> AccessibilityFeatures,
    string ReferralMode,
    string CapacityBasis,
    int? TotalPlaces,
    VcseContact Contact,
    List<Guid> LocationIds,
    List<VcseSchedule> Schedules);
