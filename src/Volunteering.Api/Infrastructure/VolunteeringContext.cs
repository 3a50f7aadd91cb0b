using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;

namespace SocialPrescribing.Volunteering.Infrastructure;

public sealed class VolunteeringContext(DbContextOptions<VolunteeringContext> options) : DbContext(options)
{
    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Volunteer>(volunteer =>
        {
            volunteer.ToTable("volunteers");
            volunteer.Property(v => v.PostcodeDistrict).HasMaxLength(4);
            volunteer.Ignore(v => v.FreeCaseload);
        });
        modelBuilder.AddMessagingTables();
    }
}
