namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// An integration event waiting to leave the service. It is written in the same database
/// transaction as the business change it describes, so the two cannot disagree.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>Insertion order; the relay publishes in this order.</summary>
    public long Sequence { get; init; }

    public required string EventType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>Failures of this row by itself (see <see cref="MessagingOptions.RelayMaxAttempts"/>); broker outages do not count.</summary>
    public int Attempts { get; set; }

    /// <summary>What the last of those failures was, without personal data.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? FirstFailedAt { get; set; }

    /// <summary>Counts a failure of the row itself; true once it has failed <paramref name="maxAttempts"/> times and is to be parked.</summary>
    public bool FailedByItself(string error, DateTimeOffset at, int maxAttempts)
    {
        Attempts++;
        LastError = error;
        FirstFailedAt ??= at;
        return Attempts >= maxAttempts;
    }

    /// <summary>
    /// The W3C <c>traceparent</c> of the activity that wrote the event (the request's span), so the
    /// relay can publish it inside the same trace; null when nothing was being traced.
    /// </summary>
    public string? TraceParent { get; init; }

    /// <summary>The W3C <c>tracestate</c> that came with <see cref="TraceParent"/>, if any.</summary>
    public string? TraceState { get; init; }
}
