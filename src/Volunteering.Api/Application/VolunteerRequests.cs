namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// A volunteer's profile as a client sends it. Everything is optional in the type so that a missing
/// field is reported by <see cref="VolunteerRules"/> under its name rather than failing to bind.
/// </summary>
public sealed record VolunteerProfileRequest(
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    string? PostcodeDistrict,
    List<string>? Languages,
    List<string>? Skills,
    List<string>? InterestTermIds,
    List<string>? Roles,
    bool? WillDoHomeVisits,
    double? MaxTravelKm,
    DateOnly? StartedOn);

/// <summary>Registration: the profile plus what only registration sets (id, organisations, first availability).</summary>
/// <param name="Id">The id the identity service gave the volunteer's account; a new id when null.</param>
public sealed record RegisterVolunteerRequest(
    Guid? Id,
    VolunteerProfileRequest? Profile,
    List<Guid>? OrganisationIds,
    AvailabilityRequest? Availability);

public sealed record AvailabilityRequest(List<WeeklySlot>? Slots, int? CaseloadLimit);

/// <summary>The checks an organisation records for a volunteer; the lists replace what was there.</summary>
public sealed record QualificationsRequest(DbsRequest? Dbs, List<TrainingRequest>? Trainings);

public sealed record DbsRequest(DbsLevel? Level, string? CertificateNumber, DateOnly? IssuedOn, DateOnly? RenewBy);

public sealed record TrainingRequest(string? Code, string? Name, DateOnly? CompletedOn, DateOnly? ValidUntil);
