namespace SocialPrescribing.Notifications.Model;

/// <summary>How a person, volunteer or link worker wants reminders: by email, by text, or not at all (opted out).</summary>
public enum ReminderPreference
{
    Email,
    Text,
    None,
}
