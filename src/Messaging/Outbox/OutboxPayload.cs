using System.Text.Json;

namespace SocialPrescribing.Messaging.Outbox;

internal static class OutboxPayload
{
    /// <summary>The event a row holds, or <see cref="UnreadableOutboxRowException"/> saying why it holds none.</summary>
    public static (Type Type, object Event) Read(OutboxMessage message)
    {
        var type = EventTypeName.Resolve(message.EventType)
            ?? throw new UnreadableOutboxRowException($"'{message.EventType}' is not a known integration event type");
        try
        {
            var @event = JsonSerializer.Deserialize(message.Payload, type, MessagingJson.Options)
                ?? throw new UnreadableOutboxRowException($"the payload of a {type.Name} is null");
            return (type, @event);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            // A JsonException's path names the field (schema, not data); its message may quote the value, so it is left out.
            var path = ex is JsonException { Path: { } p } ? $" at {p}" : "";
            throw new UnreadableOutboxRowException($"the payload does not read as a {type.Name}{path} ({ex.GetType().Name})", ex);
        }
    }
}
