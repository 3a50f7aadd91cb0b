using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;

namespace SocialPrescribing.Matching.Infrastructure;

public sealed class MatchingContext(DbContextOptions<MatchingContext> options) : DbContext(options)
{
    public DbSet<ActivityReadModel> Activities => Set<ActivityReadModel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ActivityReadModel>(activity =>
        {
            activity.ToTable("activities");
            activity.HasKey(a => a.ActivityId);
            activity.Property(a => a.Name).HasMaxLength(200);
        });
        modelBuilder.AddMessagingTables();
    }
}
