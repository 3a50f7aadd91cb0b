using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.ServiceData;

/// <summary>Loads a service's demo data into a fresh database, when seeding is switched on.</summary>
public interface IDatabaseSeeder<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext db, CancellationToken cancellationToken);
}
