using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Matching.Infrastructure;

public sealed class MatchingContext(DbContextOptions<MatchingContext> options) : DbContext(options)
{
    public DbSet<ActivityReadModel> Activities => Set<ActivityReadModel>();
    public DbSet<VolunteerReadModel> Volunteers => Set<VolunteerReadModel>();
    public DbSet<ReferralProfileReadModel> Profiles => Set<ReferralProfileReadModel>();
    public DbSet<ProposedMatchesRecord> ProposedMatches => Set<ProposedMatchesRecord>();
    public DbSet<ActivityRatingsReadModel> ActivityRatings => Set<ActivityRatingsReadModel>();
    public DbSet<CatchUpRecord> CatchUps => Set<CatchUpRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ActivityReadModel>(activity =>
        {
            activity.ToTable("activities");
            activity.HasKey(a => a.ActivityId);
            activity.Property(a => a.Name).HasMaxLength(Sources.ActivityDetails.MaxNameLength);
            activity.Property(a => a.Sessions).HasJsonConversion();
        });
        modelBuilder.Entity<VolunteerReadModel>(volunteer =>
        {
            volunteer.ToTable("volunteers");
            volunteer.HasKey(v => v.VolunteerId);
            volunteer.Property(v => v.PostcodeDistrict).HasMaxLength(8);
            volunteer.Property(v => v.DbsLevel).HasMaxLength(40);
            volunteer.Property(v => v.Availability).HasJsonConversion();
            volunteer.Property(v => v.Trainings).HasJsonConversion();
        });
        modelBuilder.Entity<ReferralProfileReadModel>(profile =>
        {
            profile.ToTable("referral_profiles");
            profile.HasKey(p => p.ReferralId);
            profile.Property(p => p.PostcodeDistrict).HasMaxLength(8);
            profile.Property(p => p.Status).HasMaxLength(40);
            profile.Property(p => p.FreeTimes).HasJsonConversion();
        });
        modelBuilder.Entity<ProposedMatchesRecord>(proposed =>
        {
            proposed.ToTable("proposed_matches");
            proposed.HasKey(p => p.ReferralId);
            proposed.Property(p => p.Matches).HasJsonConversion();
        });
        modelBuilder.Entity<ActivityRatingsReadModel>(ratings =>
        {
            ratings.ToTable("activity_ratings");
            ratings.HasKey(r => r.ActivityId);
        });
        modelBuilder.Entity<CatchUpRecord>(catchUp =>
        {
            catchUp.ToTable("catch_ups");
            catchUp.HasKey(c => c.Source);
            catchUp.Property(c => c.Source).HasMaxLength(40);
        });
        modelBuilder.AddMessagingTables();
    }
}
