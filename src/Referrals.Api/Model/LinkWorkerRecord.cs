namespace SocialPrescribing.Referrals.Model;

/// <summary>
/// A link worker as their access token last named them (identity owns the account; this is a copy for reminders),
/// and how they want their daily digest: by email, or not at all.
/// </summary>
public sealed class LinkWorkerRecord
{
    public const int SubjectMaxLength = 200;

    public Guid Id { get; init; }

    /// <summary>The token's <c>sub</c>: whom the record is for.</summary>
    public required string Subject { get; init; }

    public string? Name { get; set; }
    public string? Email { get; set; }

    /// <summary>A link worker gets the daily digest by email until they opt out; link workers have no mobile number here.</summary>
    public const ReminderPreference DefaultReminders = ReminderPreference.Email;

    public ReminderPreference Reminders { get; set; } = DefaultReminders;
}
