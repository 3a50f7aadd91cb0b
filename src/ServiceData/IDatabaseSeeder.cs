using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.ServiceData;

/// <summary>
/// Loads a service's demo data, adding only what is missing. No service registers one: the development seeder
/// (seeds/SocialPrescribing.Seeder) runs them, and tests of one service register theirs in the test host.
/// </summary>
public interface IDatabaseSeeder<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext db, CancellationToken cancellationToken);
}
