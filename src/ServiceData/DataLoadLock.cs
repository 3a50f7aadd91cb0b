using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.ServiceData;

/// <summary>
/// The one lock under which a database's reference data and demo data are written: replicas starting together, and
/// the development seeder writing beside a running service, take turns; each then finds what the other wrote and
/// adds nothing. A session lock on the connection kept open, released by hand (or by PostgreSQL if the connection
/// breaks).
/// </summary>
public static class DataLoadLock
{
    // Any fixed key will do: advisory locks are per database, and each service has its own.
    private const long Key = 0x5EED5;

    public static async Task RunAsync(DbContext db, Func<CancellationToken, Task> load, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
            await load(cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Key})", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
