namespace SocialPrescribing.Contracts.IntegrationEvents;

/// <summary>An activity became visible to link workers and the matcher.</summary>
[PublishedBy("directory")]
public sealed record ActivityPublishedIntegrationEvent(
    Guid ActivityId,
    Guid OrganisationId,
    string Name,
    DateTimeOffset PublishedAt) : IntegrationEvent;

/// <summary>
/// A published activity's details changed (description, taxonomy, schedules, places it runs at…);
/// read the new details through gRPC <c>Directory.GetActivities</c>.
/// </summary>
[PublishedBy("directory")]
public sealed record ActivityChangedIntegrationEvent(
    Guid ActivityId,
    Guid OrganisationId,
    string Name,
    DateTimeOffset ChangedAt) : IntegrationEvent;

/// <summary>An activity is no longer offered: take it out of suggestions.</summary>
[PublishedBy("directory")]
public sealed record ActivityWithdrawnIntegrationEvent(
    Guid ActivityId,
    Guid OrganisationId,
    DateTimeOffset WithdrawnAt) : IntegrationEvent;

/// <summary>
/// The number of places, or of free places, changed (a new total, a hold, a release).
/// Null places mean the activity takes everyone who comes.
/// </summary>
[PublishedBy("directory")]
public sealed record ActivityCapacityChangedIntegrationEvent(
    Guid ActivityId,
    Guid OrganisationId,
    int? TotalPlaces,
    int? FreePlaces,
    DateTimeOffset ChangedAt) : IntegrationEvent;

/// <summary>Nobody has confirmed the listing for six months: the organisation is asked to check it.</summary>
[OutsideSubscriber("The ICB's directory curators' work queue: they chase a listing its organisation has not confirmed.")]
[PublishedBy("directory")]
public sealed record ActivityListingStaleIntegrationEvent(
    Guid ActivityId,
    Guid OrganisationId,
    string Name,
    DateTimeOffset LastCheckedAt,
    DateTimeOffset FlaggedAt) : IntegrationEvent;
