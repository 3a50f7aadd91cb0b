namespace SocialPrescribing.Contracts.IntegrationEvents;

/// <summary>A weekly free time of a volunteer, in Europe/London local time.</summary>
public sealed record VolunteerWeeklySlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>
/// A volunteer joined. Carries what the matcher needs to place them (no names or contact
/// details: those stay in the volunteering service); details through gRPC <c>Volunteering.GetAvailableVolunteers</c>.
/// </summary>
[PublishedBy("volunteering")]
public sealed record VolunteerRegisteredIntegrationEvent(
    Guid VolunteerId,
    string PostcodeDistrict,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Guid> OrganisationIds,
    int CaseloadLimit,
    DateTimeOffset RegisteredAt) : IntegrationEvent;

/// <summary>A volunteer's profile or checks changed (roles, district, languages, organisations, DBS, training).</summary>
[PublishedBy("volunteering")]
public sealed record VolunteerChangedIntegrationEvent(
    Guid VolunteerId,
    string PostcodeDistrict,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Guid> OrganisationIds,
    DateTimeOffset ChangedAt) : IntegrationEvent;

/// <summary>When a volunteer is free, or how many people they can support at once, changed.</summary>
[PublishedBy("volunteering")]
public sealed record VolunteerAvailabilityChangedIntegrationEvent(
    Guid VolunteerId,
    IReadOnlyList<VolunteerWeeklySlot> Availability,
    int CaseloadLimit,
    int FreeCaseload,
    DateTimeOffset ChangedAt) : IntegrationEvent;

/// <summary>
/// A DBS check or training runs out soon: raised once at each of 60, 30 and 7 days before.
/// <paramref name="Qualification"/> is "dbs" or "training:{code}".
/// </summary>
[OutsideSubscriber("The VCSE organisation's volunteer-coordination system, which books the renewal. The volunteer's id only.")]
[PublishedBy("volunteering")]
public sealed record QualificationExpiringIntegrationEvent(
    Guid VolunteerId,
    string Qualification,
    DateOnly ExpiresOn,
    int DaysBefore,
    IReadOnlyList<string> RolesAtRisk,
    DateTimeOffset RaisedAt) : IntegrationEvent;

/// <summary>A DBS check or training ran out: the volunteer is no longer offered for <paramref name="RolesNowBlocked"/>.</summary>
[PublishedBy("volunteering")]
public sealed record QualificationExpiredIntegrationEvent(
    Guid VolunteerId,
    string Qualification,
    DateOnly ExpiredAfter,
    IReadOnlyList<string> RolesNowBlocked,
    DateTimeOffset RaisedAt) : IntegrationEvent;

/// <summary>A volunteer's time was logged (not yet approved unless <paramref name="Status"/> says so). Notes never travel.</summary>
[OutsideSubscriber("The ICB's data platform: volunteering effort by organisation and role beside other local data. No names or notes.")]
[PublishedBy("volunteering")]
public sealed record HoursLoggedIntegrationEvent(
    Guid HourLogId,
    Guid VolunteerId,
    Guid OrganisationId,
    Guid? ActivityId,
    string Role,
    DateOnly Date,
    int Minutes,
    string Source,
    string Status,
    DateTimeOffset LoggedAt) : IntegrationEvent;

/// <summary>The volunteer took back a log before anyone decided on it: the time it claimed (see <see cref="HoursLoggedIntegrationEvent"/>) no longer counts.</summary>
[OutsideSubscriber("The ICB's data platform, which takes the withdrawn time out of its volunteering effort.")]
[PublishedBy("volunteering")]
public sealed record HoursWithdrawnIntegrationEvent(
    Guid HourLogId,
    Guid VolunteerId,
    Guid OrganisationId,
    DateOnly Date,
    int Minutes,
    DateTimeOffset WithdrawnAt) : IntegrationEvent;

/// <summary>Logged time was approved, by a person of the organisation or by its auto-approval policy.</summary>
[OutsideSubscriber("The ICB's data platform: approved volunteering effort by organisation and role. No names or notes.")]
[PublishedBy("volunteering")]
public sealed record HoursApprovedIntegrationEvent(
    Guid HourLogId,
    Guid VolunteerId,
    Guid OrganisationId,
    Guid? ActivityId,
    string Role,
    DateOnly Date,
    int Minutes,
    bool ApprovedAutomatically,
    DateTimeOffset ApprovedAt) : IntegrationEvent;
