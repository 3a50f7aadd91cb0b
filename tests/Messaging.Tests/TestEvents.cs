using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>An event whose handler has a visibly non-idempotent effect: it adds to a total.</summary>
public sealed record PointsAwardedIntegrationEvent(Guid AccountId, int Points) : IntegrationEvent;

/// <summary>An event only <see cref="TransientFailureTests"/> publish, so their consumer counts their deliveries alone.</summary>
public sealed record AccountCheckRequestedIntegrationEvent(Guid AccountId) : IntegrationEvent;
