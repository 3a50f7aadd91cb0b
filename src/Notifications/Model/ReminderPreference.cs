namespace SocialPrescribing.Notifications.Model;

/// <summary>How a person, volunteer or link worker wants reminders: by email, by text, or not at all (opted out).</summary>
public enum ReminderPreference
{
    Email,
    Text,
    None,
}

public static class ReminderPreferences
{
    /// <summary>Whether the chosen way can reach someone with these details: email needs an address, text a mobile number, "none" nothing.</summary>
    public static bool CanReach(this ReminderPreference preference, string? email, string? mobile) => preference switch
    {
        ReminderPreference.Email => !string.IsNullOrWhiteSpace(email),
        ReminderPreference.Text => !string.IsNullOrWhiteSpace(mobile),
        _ => true,
    };
}
