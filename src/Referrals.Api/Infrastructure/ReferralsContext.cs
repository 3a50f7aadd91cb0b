using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;
using SocialPrescribing.Notifications.Infrastructure;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Referrals.Infrastructure;

public sealed class ReferralsContext(DbContextOptions<ReferralsContext> options) : DbContext(options)
{
    public DbSet<PersonRecord> People => Set<PersonRecord>();
    public DbSet<ReferralRecord> Referrals => Set<ReferralRecord>();
    public DbSet<ConnectionRecord> Connections => Set<ConnectionRecord>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<MeasurementRecord> Measurements => Set<MeasurementRecord>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<SuggestionsRecord> Suggestions => Set<SuggestionsRecord>();
    public DbSet<VolunteerOrganisationsRecord> VolunteerOrganisations => Set<VolunteerOrganisationsRecord>();
    public DbSet<FhirOriginRecord> FhirOrigins => Set<FhirOriginRecord>();
    public DbSet<SurveyRecord> Surveys => Set<SurveyRecord>();
    public DbSet<LinkWorkerRecord> LinkWorkers => Set<LinkWorkerRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe when a value is added in the middle.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PersonRecord>(person =>
        {
            person.ToTable("people");
            person.Property(p => p.Version).IsRowVersion();
            person.Property(p => p.NhsNumber).HasMaxLength(10);
            person.Property(p => p.Postcode).HasMaxLength(8);
            person.Property(p => p.PostcodeDistrict).HasMaxLength(4);
            person.Property(p => p.AccessibilityNeeds).HasJsonConversion();
            person.Property(p => p.Consents).HasJsonConversion();
            person.HasIndex(p => p.TeamId);
        });

        modelBuilder.Entity<ReferralRecord>(referral =>
        {
            referral.ToTable("referrals");
            referral.Property(r => r.Version).IsRowVersion();
            referral.Property(r => r.SnomedCode).HasMaxLength(18);
            referral.Property(r => r.Referrer).HasJsonConversion();
            referral.Property(r => r.History).HasJsonConversion();
            referral.Property(r => r.Notes).HasJsonConversion();
            referral.Property(r => r.Availability).HasJsonConversion();
            referral.Property(r => r.Travel).HasJsonConversion();
            referral.Property(r => r.Plan).HasJsonConversion();
            referral.HasIndex(r => r.TeamId);
            referral.HasIndex(r => r.PersonId);
            referral.HasIndex(r => r.LinkWorkerId);
        });

        modelBuilder.Entity<LinkWorkerRecord>(linkWorker =>
        {
            linkWorker.ToTable("link_workers");
            linkWorker.Property(l => l.Subject).HasMaxLength(LinkWorkerRecord.SubjectMaxLength);
            linkWorker.Property(l => l.Name).HasMaxLength(200);
            linkWorker.Property(l => l.Email).HasMaxLength(320);
            linkWorker.HasIndex(l => l.Subject).IsUnique();
        });

        modelBuilder.Entity<SuggestionsRecord>(suggestions =>
        {
            suggestions.ToTable("suggestions");
            suggestions.HasKey(x => x.ReferralId);
            suggestions.Property(x => x.Matches).HasJsonConversion();
        });

        modelBuilder.Entity<VolunteerOrganisationsRecord>(volunteer =>
        {
            volunteer.ToTable("volunteer_organisations");
            volunteer.HasKey(v => v.VolunteerId);
        });

        modelBuilder.Entity<ConnectionRecord>(connection =>
        {
            connection.ToTable("connections");
            connection.Property(c => c.Version).IsRowVersion();
            connection.Property(c => c.History).HasJsonConversion();
            connection.HasIndex(c => c.ReferralId);
            connection.HasIndex(c => c.ProviderId);
            // The expiry job's query: requests still waiting for an answer.
            connection.HasIndex(c => c.AnswerDueBy).HasFilter("\"Status\" = 'Requested'");
        });

        modelBuilder.Entity<MeasurementRecord>(measurement =>
        {
            measurement.ToTable("wellbeing_measurements");
            measurement.HasIndex(m => m.ReferralId);
        });

        modelBuilder.Entity<FhirOriginRecord>(origin =>
        {
            origin.ToTable("fhir_origins");
            origin.HasKey(o => o.ReferralId);
            origin.Property(o => o.ClientId).HasMaxLength(FhirOriginRecord.TextLength);
            origin.Property(o => o.ServiceRequestSystem).HasMaxLength(FhirOriginRecord.SystemLength);
            origin.Property(o => o.ServiceRequestValue).HasMaxLength(FhirOriginRecord.TextLength);
            origin.Property(o => o.PracticeOdsCode).HasMaxLength(FhirOriginRecord.OdsCodeLength);
            origin.Property(o => o.PracticeName).HasMaxLength(FhirOriginRecord.TextLength);
            origin.Property(o => o.PractitionerName).HasMaxLength(FhirOriginRecord.TextLength);
            origin.Property(o => o.PractitionerIdentifier).HasMaxLength(FhirOriginRecord.TextLength);
            origin.Property(o => o.NhsNumber).HasMaxLength(10);
            // The same ServiceRequest sent twice is one referral, even when the two arrive at once.
            origin.HasIndex(o => new { o.ClientId, o.ServiceRequestSystem, o.ServiceRequestValue }).IsUnique();
            origin.HasIndex(o => new { o.ClientId, o.NhsNumber });
            origin.HasOne<ReferralRecord>().WithOne().HasForeignKey<FhirOriginRecord>(o => o.ReferralId);
        });

        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.Property(a => a.ActorId).HasMaxLength(200);
            audit.Property(a => a.ActorName).HasMaxLength(200);
            audit.Property(a => a.ActorRole).HasMaxLength(40);
            audit.Property(a => a.Record).HasMaxLength(40);
            audit.HasIndex(a => new { a.PersonId, a.At });
        });

        modelBuilder.Entity<SurveyRecord>(survey =>
        {
            survey.ToTable("experience_surveys");
            survey.Property(x => x.Version).IsRowVersion();
            survey.Property(x => x.TokenHash).HasMaxLength(SurveyRecord.HashLength);
            survey.Property(x => x.ActivityName).HasMaxLength(SurveyRecord.NameLength);
            survey.Property(x => x.Comment).HasMaxLength(Domain.Surveys.SurveyQuestion.MaxTextLength);
            survey.Property(x => x.Choices).HasJsonConversion();
            survey.HasIndex(x => x.TokenHash).IsUnique();
            // One link per occurrence: a connection's after-activity survey, a referral's closing and carer surveys.
            survey.HasIndex(x => new { x.ReferralId, x.Kind, x.ConnectionId }).IsUnique().AreNullsDistinct(false);
            survey.HasIndex(x => new { x.ProviderId, x.AnsweredAt });
            survey.HasIndex(x => x.AnsweredAt);
        });

        modelBuilder.AddMessagingTables();
        modelBuilder.AddNotificationsTable();
    }
}
