namespace SocialPrescribing.Web.Services;

/// <summary>How someone gets reminders: "email", "text" or "none" (opted out); and which of those they can choose now.</summary>
public sealed record ReminderSettings(string Preference, bool HasEmail, bool HasPhone);
