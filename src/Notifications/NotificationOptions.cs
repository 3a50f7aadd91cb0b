using SocialPrescribing.Notifications.Sending;

namespace SocialPrescribing.Notifications;

/// <summary>The <c>Notifications</c> section of a service's configuration.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>GOV.UK Notify's API key; without one, notifications go to the development sender.</summary>
    public string? NotifyApiKey { get; set; }

    public Uri NotifyAddress { get; set; } = new(NotifyClient.LiveAddress);

    /// <summary>Our template names (e.g. <c>dbs-renewal</c>) to Notify's template ids; a name without one is sent as itself.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>How often reminders are looked for and sent; never more often than once a minute, to keep the idle system quiet.</summary>
    public TimeSpan Interval { get; set; } = MinimumInterval;

    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMinutes(1);

    public string TemplateId(string template) => Templates.GetValueOrDefault(template, template);
}
