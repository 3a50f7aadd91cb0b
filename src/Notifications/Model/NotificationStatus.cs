namespace SocialPrescribing.Notifications.Model;

public enum NotificationStatus
{
    /// <summary>Waiting for the dispatcher.</summary>
    Pending,

    /// <summary>Claimed by a dispatcher; never claimed again, so a crash mid-send cannot send it twice.</summary>
    Sending,

    /// <summary>Accepted by the provider.</summary>
    Sent,

    /// <summary>Refused by the provider, or no answer; not tried again.</summary>
    Failed,

    /// <summary>The recipient chose no reminders: recorded, not sent.</summary>
    OptedOut,

    /// <summary>The recipient chose a channel we have no address for: recorded, not sent.</summary>
    NoAddress,
}
