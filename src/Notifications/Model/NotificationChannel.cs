namespace SocialPrescribing.Notifications.Model;

public enum NotificationChannel
{
    Email,
    Text,
}
