namespace SocialPrescribing.Contracts.IntegrationEvents;

/// <summary>
/// A fact one service tells the others. The id travels as the message id, so a consumer's
/// inbox can recognise a redelivery; it is time-ordered (v7) to keep outbox rows in order.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();
}
