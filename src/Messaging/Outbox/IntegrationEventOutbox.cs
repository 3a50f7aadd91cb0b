using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Messaging.Outbox;

internal sealed class IntegrationEventOutbox<TContext>(TContext db, TimeProvider time) : IIntegrationEventOutbox
    where TContext : DbContext
{
    public void Add(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        var (traceParent, traceState) = OutboxTracing.Capture();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            EventType = EventTypeName.Of(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, MessagingJson.Options),
            OccurredAt = time.GetUtcNow(),
            TraceParent = traceParent,
            TraceState = traceState,
        });
    }
}
