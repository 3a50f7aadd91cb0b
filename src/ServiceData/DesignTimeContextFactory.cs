using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SocialPrescribing.ServiceData;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without a running database
/// or the service's start-up configuration.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(Func<DbContextOptions<TContext>, TContext> create) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        create(new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
