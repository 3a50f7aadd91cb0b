using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// Queues integration events with the unit of work: they are saved by the caller's own
/// SaveChanges and published by the relay only once that transaction has committed.
/// </summary>
public interface IIntegrationEventOutbox
{
    void Add(IntegrationEvent integrationEvent);
}
