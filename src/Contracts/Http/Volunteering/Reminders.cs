namespace SocialPrescribing.Contracts.Http.Volunteering;

/// <summary>A volunteer's choice of reminders: "email", "text" or "none".</summary>
public sealed record ReminderSettingsRequest(string? Preference);

/// <summary>How the volunteer gets reminders ("email", "text" or "none", opted out), and which of those they can choose now.</summary>
/// <param name="HasEmail">Whether email is a choice the volunteer can make now.</param>
/// <param name="HasPhone">Whether text message is a choice the volunteer can make now.</param>
public sealed record ReminderSettingsResponse(string Preference, bool HasEmail, bool HasPhone);
