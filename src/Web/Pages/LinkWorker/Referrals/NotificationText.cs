using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>Plain English for notifications as the link worker sees them (channels and statuses as the referrals service spells them).</summary>
public static class NotificationText
{
    public static string What(SentNotification n) => Template(n.Template);

    /// <summary>What a notification template sends, in words.</summary>
    public static string Template(string template) => template switch
    {
        "activity-tomorrow" => "Reminder of tomorrow's session",
        "survey-after-activity" => "Survey link: rate the activity",
        "survey-closing" => "Survey link: how the support felt",
        "survey-carer" => "Survey link: carer's quality of life",
        "survey-follow-up-wellbeing" => "Link to the follow-up wellbeing questions",
        "link-worker-digest" => "Link worker's daily digest",
        _ => template,
    };

    public static string How(SentNotification n) => n.Channel switch
    {
        "email" => "Email",
        "text" => "Text message",
        _ => "None",
    };

    public static string Status(SentNotification n) => n.Status switch
    {
        "pending" => "Waiting to be sent",
        "sending" => "Being sent",
        "sent" => "Sent",
        "failed" => "Could not be sent",
        "opted-out" => "Not sent: no reminders agreed",
        "no-address" => "Not sent: no address for the chosen way",
        _ => n.Status,
    };
}
