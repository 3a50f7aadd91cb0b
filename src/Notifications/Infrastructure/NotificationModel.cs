using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SocialPrescribing.Notifications.Model;

namespace SocialPrescribing.Notifications.Infrastructure;

public static class NotificationModel
{
    public const string Table = "notifications";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the notifications table to a service's own database.</summary>
    public static ModelBuilder AddNotificationsTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NotificationRecord>(n =>
        {
            n.ToTable(Table);
            n.HasKey(r => r.Id);
            n.Property(r => r.Id).HasColumnName("id");
            n.Property(r => r.Key).HasColumnName("key").HasMaxLength(NotificationRecord.KeyMaxLength);
            n.Property(r => r.Template).HasColumnName("template").HasMaxLength(100);
            n.Property(r => r.RecipientKind).HasColumnName("recipient_kind").HasMaxLength(20);
            n.Property(r => r.RecipientId).HasColumnName("recipient_id");
            n.Property(r => r.SubjectId).HasColumnName("subject_id");
            n.Property(r => r.Channel).HasColumnName("channel").HasConversion<string>().HasMaxLength(10);
            n.Property(r => r.Address).HasColumnName("address").HasMaxLength(320);
            n.Property(r => r.Personalisation).HasColumnName("personalisation").HasColumnType("jsonb").HasConversion(
                value => value == null ? null : JsonSerializer.Serialize(value, JsonOptions),
                json => json == null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonOptions),
                // Written whole and cleared whole, never changed in place.
                new ValueComparer<Dictionary<string, string>?>((a, b) => ReferenceEquals(a, b), v => v == null ? 0 : v.Count, v => v));
            n.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
            n.Property(r => r.CreatedAt).HasColumnName("created_at");
            n.Property(r => r.SentAt).HasColumnName("sent_at");
            n.Property(r => r.ProviderId).HasColumnName("provider_id").HasMaxLength(100);
            n.Property(r => r.Attempts).HasColumnName("attempts");
            n.Property(r => r.Error).HasColumnName("error").HasMaxLength(100);
            // One row per reminder occurrence, however often or on however many replicas it is raised.
            n.HasIndex(r => r.Key).IsUnique().HasDatabaseName("ix_notifications_key");
            // The dispatcher's once-a-minute question, answered from a tiny index when nothing is due.
            n.HasIndex(r => r.CreatedAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_notifications_pending");
            n.HasIndex(r => new { r.SubjectId, r.CreatedAt }).HasDatabaseName("ix_notifications_subject");
        });
        return modelBuilder;
    }
}
