namespace SocialPrescribing.Contracts.Http.Volunteering;

// A volunteer's record (volunteering's /api/volunteers/{volunteerId} and /api/organisations/{organisationId}/volunteers).
// Enum values are strings as the service spells them (kebab-case): DBS levels, days and reminder choices belong to the
// service's model and the notifications library.

/// <summary>
/// A volunteer: who they are, where they live (district only), what they offer, when they are free,
/// how many people they can support at once, the organisations they volunteer with and their checks.
/// </summary>
/// <param name="Reminders">"email", "text" or "none".</param>
/// <param name="FreeCaseload">How many more people the volunteer can support now.</param>
public sealed record VolunteerResponse(
    Guid Id,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    string PostcodeDistrict,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> InterestTermIds,
    IReadOnlyList<string> Roles,
    IReadOnlyList<AvailabilitySlot> Availability,
    int CaseloadLimit,
    int CurrentCaseload,
    bool WillDoHomeVisits,
    double? MaxTravelKm,
    IReadOnlyList<Guid> OrganisationIds,
    DbsCheckResponse? Dbs,
    IReadOnlyList<TrainingResponse> Trainings,
    string Reminders,
    DateOnly StartedOn,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    int FreeCaseload);

/// <summary>A weekly free time in Europe/London local time; <paramref name="Day"/> is "monday" … "sunday".</summary>
public sealed record AvailabilitySlot(string Day, TimeOnly Start, TimeOnly End);

/// <param name="Level">"basic", "standard", "enhanced" or "enhanced-with-barred-lists".</param>
public sealed record DbsCheckResponse(string Level, string CertificateNumber, DateOnly IssuedOn, DateOnly RenewBy);

/// <param name="ValidUntil">Null when the training never needs renewing.</param>
public sealed record TrainingResponse(string Code, string Name, DateOnly CompletedOn, DateOnly? ValidUntil);
