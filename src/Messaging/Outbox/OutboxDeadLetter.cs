namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// An outbox row the relay gave up on after it failed by itself too often, parked so the events behind it keep
/// flowing. The row is kept whole (payload and trace included) for someone to diagnose, mend and requeue;
/// <see cref="Error"/> names what went wrong without quoting the payload, which may hold personal data.
/// </summary>
public sealed class OutboxDeadLetter
{
    /// <summary>The dead letter's own key: a requeued row that fails again is parked a second time.</summary>
    public long Id { get; init; }

    public Guid MessageId { get; init; }

    /// <summary>Where the row stood in the outbox, so a requeue can tell what it was published out of order with.</summary>
    public long Sequence { get; init; }

    public required string EventType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }

    public int Attempts { get; init; }
    public required string Error { get; init; }
    public DateTimeOffset FirstFailedAt { get; init; }
    public DateTimeOffset LastFailedAt { get; init; }

    public static OutboxDeadLetter Park(OutboxMessage message, DateTimeOffset now) => new()
    {
        MessageId = message.Id,
        Sequence = message.Sequence,
        EventType = message.EventType,
        Payload = message.Payload,
        OccurredAt = message.OccurredAt,
        TraceParent = message.TraceParent,
        TraceState = message.TraceState,
        Attempts = message.Attempts,
        Error = message.LastError ?? "unknown",
        FirstFailedAt = message.FirstFailedAt ?? now,
        LastFailedAt = now,
    };
}
