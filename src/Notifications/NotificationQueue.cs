using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Notifications.Model;

namespace SocialPrescribing.Notifications;

/// <summary>Records a notification in the caller's DbContext, to be saved with the caller's own changes and sent by the dispatcher.</summary>
public static class NotificationQueue
{
    /// <summary>
    /// Adds the notification for this occurrence (<paramref name="key"/>) unless it is already recorded. A
    /// recipient who opted out, or chose a channel we have no address for, gets a record that is never sent.
    /// </summary>
    /// <returns>Whether a record was added.</returns>
    public static async Task<bool> QueueAsync(this DbContext db, string key, string template, Recipient to, Guid subjectId,
        IReadOnlyDictionary<string, string> personalisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Set<NotificationRecord>().AnyAsync(n => n.Key == key, cancellationToken))
        {
            return false;
        }
        var route = to.Route;
        db.Set<NotificationRecord>().Add(new NotificationRecord
        {
            Id = Guid.CreateVersion7(now),
            Key = key,
            Template = template,
            RecipientKind = to.Kind,
            RecipientId = to.Id,
            SubjectId = subjectId,
            Channel = route?.Channel,
            Address = route?.Address,
            Personalisation = route is null ? null : new Dictionary<string, string>(personalisation),
            Status = route is not null ? NotificationStatus.Pending
                : to.Preference == ReminderPreference.None ? NotificationStatus.OptedOut : NotificationStatus.NoAddress,
            CreatedAt = now,
        });
        return true;
    }

    /// <summary>Saves a queued notification; false when another replica recorded the same occurrence first (its record stands).</summary>
    public static async Task<bool> SaveQueuedAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (IsDuplicate(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Another replica recorded the same occurrence first: its record stands.</summary>
    public static bool IsDuplicate(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
