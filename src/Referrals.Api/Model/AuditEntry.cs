namespace SocialPrescribing.Referrals.Model;

public enum AuditAction
{
    Read,
    Create,
    Change,
}

/// <summary>
/// Who read or changed a person's record, what and when. Holds ids and the kind of record only,
/// never the personal data itself, so the trail can be shown and kept without widening access.
/// </summary>
/// <param name="Record">What part of the record: "person", "referral", "connection", "wellbeing", "plan"…</param>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public Guid PersonId { get; init; }
    public required string ActorId { get; init; }

    /// <summary>The actor's display name from their access token, so colleagues see who did what by name (null for services).</summary>
    public string? ActorName { get; init; }
    public required string ActorRole { get; init; }
    public AuditAction Action { get; init; }
    public required string Record { get; init; }
    public Guid RecordId { get; init; }
    public DateTimeOffset At { get; init; }
}
