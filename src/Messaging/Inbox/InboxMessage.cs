namespace SocialPrescribing.Messaging.Inbox;

/// <summary>A message a consumer has applied; its key stops a redelivery being applied again.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
