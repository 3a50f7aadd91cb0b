using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;
using SocialPrescribing.Notifications.Infrastructure;
using SocialPrescribing.ServiceData;
using SocialPrescribing.Volunteering.Domain.Experience;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Infrastructure;

public sealed class VolunteeringContext(DbContextOptions<VolunteeringContext> options) : DbContext(options)
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<VolunteerInvitation> VolunteerInvitations => Set<VolunteerInvitation>();
    public DbSet<HourLog> HourLogs => Set<HourLog>();
    public DbSet<QualificationNotice> QualificationNotices => Set<QualificationNotice>();
    public DbSet<StoredValuationSet> ValuationSets => Set<StoredValuationSet>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<ProgrammeInvestment> ProgrammeInvestments => Set<ProgrammeInvestment>();
    public DbSet<WellbeingOutcome> WellbeingOutcomes => Set<WellbeingOutcome>();
    public DbSet<ReferralAttendance> ReferralAttendances => Set<ReferralAttendance>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<EqualityRecord> Equality => Set<EqualityRecord>();
    public DbSet<EqualityAccess> EqualityAccesses => Set<EqualityAccess>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Volunteer>(volunteer =>
        {
            volunteer.ToTable("volunteers");
            volunteer.IsVersioned();
            volunteer.Property(v => v.FirstName).HasMaxLength(VolunteerRules.MaxNameLength);
            volunteer.Property(v => v.LastName).HasMaxLength(VolunteerRules.MaxNameLength);
            volunteer.Property(v => v.Email).HasMaxLength(VolunteerRules.MaxContactLength);
            volunteer.Property(v => v.Phone).HasMaxLength(VolunteerRules.MaxContactLength);
            volunteer.Property(v => v.PostcodeDistrict).HasMaxLength(4);
            volunteer.Property(v => v.Availability).HasJsonConversion();
            volunteer.Property(v => v.Reminders).HasConversion<string>().HasMaxLength(10);
            volunteer.OwnsOne(v => v.Dbs, dbs =>
            {
                dbs.Property(d => d.CertificateNumber).HasMaxLength(12);
                dbs.HasIndex(d => d.RenewBy);
            });
            volunteer.OwnsMany(v => v.Trainings, training =>
            {
                training.ToTable("volunteer_trainings");
                training.WithOwner().HasForeignKey("VolunteerId");
                training.HasKey("VolunteerId", nameof(Training.Code));
                training.Property(t => t.Code).HasMaxLength(VolunteerRules.MaxCodeLength);
                training.Property(t => t.Name).HasMaxLength(VolunteerRules.MaxNameLength);
            });
            volunteer.Ignore(v => v.FreeCaseload);
        });

        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.ToTable("organisations");
            organisation.IsVersioned();
            organisation.Property(o => o.Name).HasMaxLength(VolunteerRules.MaxNameLength);
            organisation.Ignore(o => o.ApprovalPolicy);
        });

        modelBuilder.Entity<VolunteerInvitation>(invitation =>
        {
            invitation.ToTable("volunteer_invitations");
            invitation.Property(i => i.InvitedBy).HasMaxLength(200);
            invitation.Ignore(i => i.IsPending);
            // One waiting invitation per organisation and volunteer; answered ones are kept as the record of who agreed.
            invitation.HasIndex(i => new { i.OrganisationId, i.VolunteerId })
                .IsUnique()
                .HasFilter($"\"{nameof(VolunteerInvitation.Status)}\" = {(int)InvitationStatus.Pending}");
            invitation.HasIndex(i => i.VolunteerId);
        });

        modelBuilder.Entity<HourLog>(HourLogMapping.Configure);

        modelBuilder.Entity<QualificationNotice>(notice =>
        {
            notice.ToTable("qualification_notices");
            notice.HasKey(n => new { n.VolunteerId, n.Qualification, n.ExpiresOn, n.Stage });
            notice.Property(n => n.Qualification).HasMaxLength(VolunteerRules.MaxCodeLength + 10);
        });

        modelBuilder.Entity<StoredValuationSet>(set =>
        {
            set.ToTable("valuation_sets");
            set.HasKey(s => new { s.Id, s.Version });
            set.Property(s => s.Set).HasJsonConversion();
            set.Property(s => s.CreatedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<Programme>(programme =>
        {
            programme.ToTable("programmes");
            programme.IsVersioned();
            programme.Property(p => p.Name).HasMaxLength(VolunteerRules.MaxNameLength);
            programme.HasIndex(p => p.OrganisationId);
        });

        modelBuilder.Entity<ProgrammeInvestment>(investment =>
        {
            investment.ToTable("programme_investments");
            investment.IsVersioned();
            investment.Property(i => i.Amount).HasPrecision(16, 2);
            investment.Property(i => i.Note).HasMaxLength(1000);
            investment.Property(i => i.EnteredBy).HasMaxLength(200);
            investment.HasIndex(i => i.ProgrammeId);
        });

        modelBuilder.Entity<WellbeingOutcome>(outcome =>
        {
            outcome.ToTable("wellbeing_outcomes");
            outcome.HasKey(o => o.MeasurementId);
            outcome.Property(o => o.Point).HasMaxLength(40);
            outcome.HasIndex(o => new { o.ReferralId, o.RecordedOn });
        });

        modelBuilder.Entity<ReferralAttendance>(attendance =>
        {
            attendance.ToTable("referral_attendances");
            attendance.HasKey(a => new { a.OrganisationId, a.ReferralId });
        });

        modelBuilder.Entity<SurveyAnswer>(answer =>
        {
            answer.ToTable("survey_answers");
            answer.Property(a => a.Quarter).HasMaxLength(7);
            answer.Property(a => a.Useful).HasConversion<string>().HasMaxLength(30);
            answer.Property(a => a.Supported).HasConversion<string>().HasMaxLength(30);
            answer.Property(a => a.Comments).HasMaxLength(SurveyAnswerRules.MaxCommentsLength);
            // One answer per volunteer and quarter, however many taps or replicas.
            answer.HasIndex(a => new { a.VolunteerId, a.Quarter }).IsUnique();
            answer.HasIndex(a => a.Quarter);
        });

        modelBuilder.Entity<EqualityRecord>(equality =>
        {
            equality.ToTable("volunteer_equality");
            equality.HasKey(e => e.VolunteerId);
            equality.Property(e => e.AgeBand).HasConversion<string>().HasMaxLength(30);
            equality.Property(e => e.Ethnicity).HasConversion<string>().HasMaxLength(30);
            equality.Property(e => e.Disability).HasConversion<string>().HasMaxLength(30);
        });

        modelBuilder.Entity<EqualityAccess>(access =>
        {
            access.ToTable("volunteer_equality_audit");
            access.Property(a => a.Actor).HasMaxLength(200);
            access.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
            access.HasIndex(a => a.VolunteerId);
        });

        modelBuilder.AddMessagingTables();
        modelBuilder.AddNotificationsTable();
    }
}
