namespace SocialPrescribing.Web.Services;

public sealed record PersonReminders(string Preference);

/// <summary>A notification as recorded: which template, to whom, how, when and its delivery status; never its content.</summary>
public sealed record SentNotification(Guid Id, string Template, string RecipientKind, string? Channel, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
