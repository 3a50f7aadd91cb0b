using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.Identity.Infrastructure;

/// <summary>
/// identity-db: ASP.NET Core Identity's accounts and roles, OpenIddict's applications,
/// authorizations and tokens, and our VCSE clients, one-time codes and audit trail.
/// </summary>
public sealed class IdentityContext(DbContextOptions<IdentityContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();

        builder.Entity<ApplicationUser>().Property(u => u.DisplayName).HasMaxLength(200);

        // Roles are part of the schema, not demo data: every deployment has exactly these.
        builder.Entity<IdentityRole>().HasData(SocialPrescribing.Authorization.Roles.People.Select(role => new IdentityRole(role)
        {
            Id = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = role,
        }));

        builder.Entity<AuditEvent>(audit =>
        {
            audit.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
            audit.Property(a => a.SubjectId).HasMaxLength(100);
            audit.Property(a => a.ActorId).HasMaxLength(100);
            audit.Property(a => a.ClientId).HasMaxLength(100);
            audit.Property(a => a.IpAddressHash).HasMaxLength(64);
            audit.Property(a => a.Detail).HasMaxLength(100);
            audit.HasIndex(a => a.OccurredAt);
            audit.HasIndex(a => a.SubjectId);
        });

        builder.Entity<OneTimeCode>(code =>
        {
            code.Property(c => c.IdentifierHash).HasMaxLength(64);
            code.Property(c => c.CodeHash).HasMaxLength(64);
            code.HasIndex(c => new { c.IdentifierHash, c.CreatedAt });
        });

        builder.Entity<ApiClient>(client =>
        {
            client.HasKey(c => c.ClientId);
            client.Property(c => c.ClientId).HasMaxLength(100);
            client.Property(c => c.DisplayName).HasMaxLength(200);
            client.Property(c => c.CreatedBy).HasMaxLength(100);
            client.Property(c => c.RevokedBy).HasMaxLength(100);
            client.HasIndex(c => c.OrganisationId);
            client.Ignore(c => c.IsActive);
        });
    }
}
