using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Volunteering;
using SocialPrescribing.Matching.Configuration;
using VolunteeringClient = SocialPrescribing.Contracts.Volunteering.Volunteering.VolunteeringClient;

namespace SocialPrescribing.Matching.Sources;

/// <summary>
/// Mirrors the volunteering service's available volunteers. Volunteer events say that something changed but
/// not the checks and training the hard rules need, so every change re-reads the whole (small) snapshot:
/// volunteers it no longer lists cannot take anyone on now and leave the read model.
/// </summary>
public sealed class VolunteerStore(MatchingContext db, VolunteeringClient volunteering, MatchingReference reference, TimeProvider time)
{
    public async Task<int> SyncAsync(int pageSize, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        var after = "";
        do
        {
            var page = await volunteering.GetAvailableVolunteersAsync(
                new GetAvailableVolunteersRequest { AfterVolunteerId = after, PageSize = pageSize }, cancellationToken: cancellationToken);
            var ids = page.Volunteers.Select(v => Guid.Parse(v.VolunteerId)).ToList();
            var rows = await db.Volunteers.Where(v => ids.Contains(v.VolunteerId)).ToDictionaryAsync(v => v.VolunteerId, cancellationToken);
            foreach (var volunteer in page.Volunteers)
            {
                var id = Guid.Parse(volunteer.VolunteerId);
                if (!rows.TryGetValue(id, out var row))
                {
                    row = new VolunteerReadModel { VolunteerId = id };
                    db.Volunteers.Add(row);
                }
                VolunteerDetails.CopyTo(volunteer, row, reference, time.GetUtcNow());
                seen.Add(id);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = page.NextAfterVolunteerId;
        }
        while (after.Length > 0);

        var gone = await db.Volunteers.Select(v => v.VolunteerId).ToListAsync(cancellationToken);
        gone.RemoveAll(seen.Contains);
        if (gone.Count > 0)
        {
            await db.Volunteers.Where(v => gone.Contains(v.VolunteerId)).ExecuteDeleteAsync(cancellationToken);
        }
        return seen.Count;
    }
}
