using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.ServiceData;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Infrastructure;

/// <summary>
/// The hour-log aggregate in table <c>hour_logs</c>, with plain snake-case column names because the
/// reporting queries (<see cref="Application.HourTotalsQueries"/>) aggregate them in SQL. Durations are
/// stored as whole minutes (the domain allows nothing finer), which the database can sum directly.
/// </summary>
internal static class HourLogMapping
{
    public const string Table = "hour_logs";

    public static void Configure(EntityTypeBuilder<HourLog> log)
    {
        log.ToTable(Table);
        log.HasKey(l => l.Id);
        log.Property(l => l.Id).HasColumnName("id").ValueGeneratedNever();
        log.ComplexProperty(l => l.Content, content => MapContent(content, ""));
        log.ComplexProperty(l => l.SubmittedContent, content => MapContent(content, "submitted_"));
        log.Property(l => l.Source).HasColumnName("source").HasConversion<string>().HasMaxLength(20);
        log.Property(l => l.SubmittedBy).HasColumnName("submitted_by").HasMaxLength(200);
        log.Property(l => l.SubmittedAt).HasColumnName("submitted_at");
        log.Property(l => l.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        log.Property(l => l.DecidedBy).HasColumnName("decided_by").HasMaxLength(200);
        log.Property(l => l.DecidedAt).HasColumnName("decided_at");
        log.Property(l => l.ApprovedAutomatically).HasColumnName("approved_automatically");
        log.Property(l => l.RejectionReason).HasColumnName("rejection_reason").HasMaxLength(HourLogRules.MaxNoteLength);
        log.Ignore(l => l.Edits);
        log.Property<List<HourLogEdit>>("_edits").HasColumnName("edits").HasJsonConversion();
        // Optimistic concurrency on PostgreSQL's row version: two approvers cannot both decide one log.
        log.IsVersioned();

        // Indexes over the content columns are created in the migration (EF cannot index complex-type columns): see HourLogIndexes.
    }

    private static void MapContent(ComplexPropertyBuilder<HourLogContent> content, string prefix)
    {
        content.Property(c => c.VolunteerId).HasColumnName(prefix + "volunteer_id");
        content.Property(c => c.OrganisationId).HasColumnName(prefix + "organisation_id");
        content.Property(c => c.ActivityId).HasColumnName(prefix + "activity_id");
        content.Property(c => c.Role).HasColumnName(prefix + "role").HasMaxLength(HourLogRules.MaxRoleLength);
        content.Property(c => c.Date).HasColumnName(prefix + "date");
        content.Property(c => c.Duration).HasColumnName(prefix + "duration_minutes")
            .HasConversion(d => (int)d.TotalMinutes, m => TimeSpan.FromMinutes(m));
        content.Property(c => c.Note).HasColumnName(prefix + "note").HasMaxLength(HourLogRules.MaxNoteLength);
    }
}
