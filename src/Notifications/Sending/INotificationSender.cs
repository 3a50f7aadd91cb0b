namespace SocialPrescribing.Notifications.Sending;

/// <summary>
/// Sends one email or text message from a template, in the shape of GOV.UK Notify's API: a template
/// id, the recipient, the personalisation that fills the template's ((placeholders)) and our reference.
/// </summary>
public interface INotificationSender
{
    Task<NotificationReceipt> SendEmailAsync(NotificationRequest request, CancellationToken cancellationToken);

    Task<NotificationReceipt> SendSmsAsync(NotificationRequest request, CancellationToken cancellationToken);
}

/// <param name="To">An email address or a phone number, as the channel needs.</param>
/// <param name="Reference">Ours, echoed back by Notify; holds no personal data.</param>
public sealed record NotificationRequest(string To, string TemplateId, IReadOnlyDictionary<string, string> Personalisation, string Reference);

/// <param name="Id">The provider's id for the notification, for its delivery status.</param>
public sealed record NotificationReceipt(string Id);
