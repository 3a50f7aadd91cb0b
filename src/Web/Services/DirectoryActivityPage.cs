namespace SocialPrescribing.Web.Services;

// One activity as the directory's Open Referral UK API gives it (GET /services/{id}), reduced to what its page shows.

public sealed record OrukActivity(
    Guid Id,
    string Name,
    string Description,
    string? Url,
    string? Email,
    OrukActivityOrganisation? Organization,
    List<OrukActivitySchedule>? Schedules,
    List<OrukActivityPlace>? ServiceAtLocations,
    List<OrukActivityCost>? CostOptions,
    List<OrukActivityContact>? Contacts);

public sealed record OrukActivityOrganisation(Guid Id, string Name);

public sealed record OrukActivitySchedule(string? Description, string? OpensAt, string? ClosesAt);

public sealed record OrukActivityPlace(OrukActivityLocation Location);

public sealed record OrukActivityLocation(string Name, List<OrukActivityAddress>? Addresses);

public sealed record OrukActivityAddress([property: System.Text.Json.Serialization.JsonPropertyName("address_1")] string Address1, string City, string PostalCode);

public sealed record OrukActivityCost(string? Option, decimal? Amount, string? AmountDescription);

public sealed record OrukActivityContact(string? Name, string? Email, string? Phone);
