using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;

namespace SocialPrescribing.Referrals.Infrastructure;

public sealed class ReferralsContext(DbContextOptions<ReferralsContext> options) : DbContext(options)
{
    public DbSet<Referral> Referrals => Set<Referral>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Referral>(referral =>
        {
            referral.ToTable("referrals");
            referral.Property(r => r.PostcodeDistrict).HasMaxLength(4);
            referral.HasIndex(r => r.TeamId);
        });
        modelBuilder.AddMessagingTables();
    }
}
