namespace SocialPrescribing.Notifications.Model;

/// <summary>Who a reminder is for and how they chose to get it.</summary>
/// <param name="Kind">"person", "volunteer" or "link-worker".</param>
public sealed record Recipient(string Kind, Guid Id, ReminderPreference Preference, string? Email, string? Mobile)
{
    /// <summary>The channel and address the recipient's choice leads to; null when they opted out or gave no such address.</summary>
    public (NotificationChannel Channel, string Address)? Route =>
        Preference == ReminderPreference.None || !Preference.CanReach(Email, Mobile) ? null
        : Preference == ReminderPreference.Email ? (NotificationChannel.Email, Email!)
        : (NotificationChannel.Text, Mobile!);
}
