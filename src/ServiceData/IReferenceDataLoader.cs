using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.ServiceData;

/// <summary>
/// Writes reference data the service cannot work without (the directory's taxonomy) into its database at every start,
/// after migrations and before any demo data; adds what is missing and leaves the rest.
/// </summary>
public interface IReferenceDataLoader<in TContext> where TContext : DbContext
{
    Task LoadAsync(TContext db, CancellationToken cancellationToken);
}
