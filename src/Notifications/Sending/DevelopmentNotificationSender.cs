using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.Notifications.Sending;

/// <summary>
/// Development and test stand-in for GOV.UK Notify: sends nothing, logs and keeps the template and
/// reference only (never the address or personalisation, which are personal data).
/// </summary>
public sealed partial class DevelopmentNotificationSender(TimeProvider time, ILogger<DevelopmentNotificationSender> logger) : INotificationSender
{
    private readonly ConcurrentQueue<SentNotification> _sent = new();

    /// <summary>What was "sent", oldest first.</summary>
    public IReadOnlyList<SentNotification> Sent => [.. _sent];

    public Task<NotificationReceipt> SendEmailAsync(NotificationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Keep("email", request));

    public Task<NotificationReceipt> SendSmsAsync(NotificationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Keep("sms", request));

    private NotificationReceipt Keep(string channel, NotificationRequest request)
    {
        var receipt = new NotificationReceipt($"dev-{Guid.NewGuid():N}");
        _sent.Enqueue(new SentNotification(channel, request.TemplateId, request.Reference, receipt.Id, time.GetUtcNow()));
        LogSent(channel, request.TemplateId, request.Reference);
        return receipt;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development sender: {Channel} from template {TemplateId}, reference {Reference}")]
    private partial void LogSent(string channel, string templateId, string reference);
}

public sealed record SentNotification(string Channel, string TemplateId, string Reference, string Id, DateTimeOffset SentAt);
