namespace SocialPrescribing.Notifications.Model;

/// <summary>
/// One notification: what (template and reference), to whom (recipient kind and id, channel), when and
/// its delivery status. The address and personalisation are kept only until it is sent; afterwards the
/// record holds no personal data beyond whom it was for. <see cref="Key"/> names the reminder's
/// occurrence (e.g. <c>dbs:{volunteer}:{renew-by}:30</c>) and is unique, so an occurrence is recorded once.
/// </summary>
public sealed class NotificationRecord
{
    public const int KeyMaxLength = 200;

    public Guid Id { get; init; }
    public required string Key { get; init; }
    public required string Template { get; init; }
    public required string RecipientKind { get; init; }
    public Guid RecipientId { get; init; }

    /// <summary>What the notification is about (a referral, a volunteer's check), for listing them there.</summary>
    public Guid SubjectId { get; init; }

    public NotificationChannel? Channel { get; init; }
    public string? Address { get; set; }
    public Dictionary<string, string>? Personalisation { get; set; }
    public NotificationStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ProviderId { get; set; }
    public int Attempts { get; set; }

    /// <summary>The provider's error code when it failed; never message content.</summary>
    public string? Error { get; set; }
}
