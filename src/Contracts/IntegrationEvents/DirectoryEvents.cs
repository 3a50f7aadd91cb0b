namespace SocialPrescribing.Contracts.IntegrationEvents;

/// <summary>An activity became visible to link workers and the matcher.</summary>
public sealed record ActivityPublishedIntegrationEvent(
    Guid ActivityId,
    Guid OrganisationId,
    string Name,
    DateTimeOffset PublishedAt) : IntegrationEvent;
