namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>How a person wants reminders ("email", "text" or "none"), or whether a link worker gets their daily digest.</summary>
public sealed record ReminderPreferenceResponse(string Preference);

/// <summary>A notification as recorded: which template, to whom, how, when and its delivery status; never its content.</summary>
public sealed record SentNotification(Guid Id, string Template, string RecipientKind, string? Channel, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
