using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

public sealed class DirectoryContext(DbContextOptions<DirectoryContext> options) : DbContext(options)
{
    public DbSet<Activity> Activities => Set<Activity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Activity>(activity =>
        {
            activity.ToTable("activities");
            activity.Property(a => a.Name).HasMaxLength(200);
            activity.Property(a => a.Description).HasMaxLength(4000);
            activity.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            activity.HasIndex(a => a.OrganisationId);
        });
        modelBuilder.AddMessagingTables();
    }
}
