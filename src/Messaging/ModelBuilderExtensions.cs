using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging.Inbox;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.Messaging;

public static class ModelBuilderExtensions
{
    /// <summary>Adds the outbox (with its dead letters) and inbox tables to a service's own database.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(MessagingTables.Outbox);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).HasColumnName("id");
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.EventType).HasColumnName("event_type").HasMaxLength(500);
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.PublishedAt).HasColumnName("published_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(OutboxFailure.ErrorMaxLength);
            outbox.Property(m => m.FirstFailedAt).HasColumnName("first_failed_at");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(OutboxTracing.TraceParentMaxLength);
            outbox.Property(m => m.TraceState).HasColumnName("trace_state").HasMaxLength(OutboxTracing.TraceStateMaxLength);
            // The relay's query: unpublished rows in order.
            outbox.HasIndex(m => m.Sequence).HasFilter("published_at IS NULL").HasDatabaseName("ix_outbox_unpublished");
        });

        modelBuilder.Entity<OutboxDeadLetter>(dead =>
        {
            dead.ToTable(MessagingTables.OutboxDeadLetters);
            dead.HasKey(d => d.Id);
            dead.Property(d => d.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            dead.Property(d => d.MessageId).HasColumnName("message_id");
            dead.Property(d => d.Sequence).HasColumnName("sequence");
            dead.Property(d => d.EventType).HasColumnName("event_type").HasMaxLength(500);
            dead.Property(d => d.Payload).HasColumnName("payload").HasColumnType("jsonb");
            dead.Property(d => d.OccurredAt).HasColumnName("occurred_at");
            dead.Property(d => d.TraceParent).HasColumnName("trace_parent").HasMaxLength(OutboxTracing.TraceParentMaxLength);
            dead.Property(d => d.TraceState).HasColumnName("trace_state").HasMaxLength(OutboxTracing.TraceStateMaxLength);
            dead.Property(d => d.Attempts).HasColumnName("attempts");
            dead.Property(d => d.Error).HasColumnName("error").HasMaxLength(OutboxFailure.ErrorMaxLength);
            dead.Property(d => d.FirstFailedAt).HasColumnName("first_failed_at");
            dead.Property(d => d.LastFailedAt).HasColumnName("last_failed_at");
            dead.HasIndex(d => d.MessageId).HasDatabaseName("ix_outbox_dead_letters_message_id");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(MessagingTables.Inbox);
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
        });

        return modelBuilder;
    }
}
