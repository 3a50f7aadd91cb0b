using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialPrescribing.Notifications.Model;
using SocialPrescribing.Notifications.Sending;

namespace SocialPrescribing.Notifications.Dispatching;

/// <summary>
/// Sends pending notifications. Each is first claimed (status Sending, committed) under
/// <c>FOR UPDATE SKIP LOCKED</c>, so two replicas never take the same one and a dispatcher that dies
/// mid-send leaves it Sending rather than sending it again: a reminder goes at most once.
/// </summary>
public sealed partial class NotificationDispatcher<TContext>(
    TContext db,
    INotificationSender sender,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationDispatcher<TContext>> logger) where TContext : DbContext
{
    public const int BatchSize = 20;
    public const int MaxAttempts = 3;

    /// <returns>How many were sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE notifications SET status = 'Sending', attempts = attempts + 1
            WHERE id IN (SELECT id FROM notifications WHERE status = 'Pending' ORDER BY created_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in claimed)
        {
            var notification = await db.Set<NotificationRecord>().SingleAsync(n => n.Id == id, cancellationToken);
            if (await SendAsync(notification, cancellationToken))
            {
                sent++;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return sent;
    }

    private async Task<bool> SendAsync(NotificationRecord notification, CancellationToken cancellationToken)
    {
        var request = new NotificationRequest(notification.Address!, options.Value.TemplateId(notification.Template),
            notification.Personalisation ?? [], notification.Id.ToString());
        try
        {
            var receipt = notification.Channel == NotificationChannel.Email
                ? await sender.SendEmailAsync(request, cancellationToken)
                : await sender.SendSmsAsync(request, cancellationToken);
            (notification.Status, notification.ProviderId, notification.SentAt) = (NotificationStatus.Sent, receipt.Id, time.GetUtcNow());
            (notification.Address, notification.Personalisation) = (null, null);
            return true;
        }
        catch (NotifyException e)
        {
            notification.Error = e.Error;
            notification.Status = e.MayRetry && notification.Attempts < MaxAttempts ? NotificationStatus.Pending : NotificationStatus.Failed;
            LogRefused(notification.Id, e.StatusCode, e.Error);
        }
        catch (HttpRequestException e)
        {
            // No answer: Notify may have sent it, so it is not tried again.
            (notification.Status, notification.Error) = (NotificationStatus.Failed, "NoAnswer");
            LogRefused(notification.Id, 0, e.GetType().Name);
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id} was not sent ({StatusCode} {Error})")]
    private partial void LogRefused(Guid id, int statusCode, string error);
}
