using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>Plain English for notifications as the link worker sees them.</summary>
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
        "Email" => "Email",
        "Text" => "Text message",
        _ => "None",
    };

    public static string Status(SentNotification n) => n.Status switch
    {
        "Pending" => "Waiting to be sent",
        "Sending" => "Being sent",
        "Sent" => "Sent",
        "Failed" => "Could not be sent",
        "OptedOut" => "Not sent: no reminders agreed",
        "NoAddress" => "Not sent: no address for the chosen way",
        _ => n.Status,
    };
}
