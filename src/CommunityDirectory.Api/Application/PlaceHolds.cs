using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.CommunityDirectory.Application;

public enum HoldOutcome
{
    /// <summary>The place is held (now, or by an earlier attempt with the same hold id).</summary>
    Held,
    NoPlacesLeft,
    ActivityNotFound,
    ActivityNotPublished,
    /// <summary>The connection already has a hold on another activity, for another owner, or already released.</summary>
    ConnectionHeldOtherwise,
}

public enum ReleaseOutcome
{
    Released,
    AlreadyReleased,
    UnknownHold,
    /// <summary>The hold is another service's or another team's: nothing is changed.</summary>
    NotTheOwner,
}

public sealed record PlaceCount(int? TotalPlaces, int? FreePlaces);

/// <summary>
/// Holds and releases places. The free count is decremented by one conditional UPDATE
/// (<c>WHERE FreePlaces &gt; 0</c>): when two link workers take the last place at once, PostgreSQL
/// makes the second UPDATE wait for the first and re-check its condition, so exactly one wins
/// and the count never goes below zero (a check constraint says so too). A hold is its connection's,
/// owned by the service and team that took it; only that owner releases it.
/// </summary>
public sealed class PlaceHolds(DirectoryContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public async Task<(HoldOutcome Outcome, PlaceCount? Places)> HoldAsync(Guid activityId, Guid connectionId, HoldOwner owner, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.IgnoreAutoIncludes().AsNoTracking()
            .Where(a => a.Id == activityId)
            .Select(a => new { a.Status, a.OrganisationId, Places = new PlaceCount(a.TotalPlaces, a.FreePlaces) })
            .FirstOrDefaultAsync(cancellationToken);
        if (activity is null)
        {
            return (HoldOutcome.ActivityNotFound, null);
        }

        var now = time.GetUtcNow();
        return await db.InTransactionAsync((transaction, ct) => HoldInTransactionAsync(transaction, activityId, connectionId, owner, activity.Status, activity.OrganisationId, now, ct), cancellationToken);
    }

    private async Task<(HoldOutcome Outcome, PlaceCount? Places)> HoldInTransactionAsync(
        IDbContextTransaction transaction, Guid activityId, Guid connectionId, HoldOwner owner, ActivityStatus status, Guid organisationId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // A concurrent attempt for the same connection waits here on the primary key, then finds this one.
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO place_holds ("ConnectionId", "ActivityId", "TeamId", "HeldBy", "HeldAt")
             VALUES ({connectionId}, {activityId}, {owner.TeamId}, {owner.Service}, {now}) ON CONFLICT ("ConnectionId") DO NOTHING
             """,
            cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var earlier = await db.PlaceHolds.AsNoTracking().FirstAsync(h => h.ConnectionId == connectionId, cancellationToken);
            return earlier.ActivityId == activityId && earlier.IsOwnedBy(owner) && earlier.ReleasedAt is null
                ? (HoldOutcome.Held, await CountAsync(activityId, cancellationToken))
                : (HoldOutcome.ConnectionHeldOtherwise, null);
        }
        if (status != ActivityStatus.Published)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (HoldOutcome.ActivityNotPublished, null);
        }

        var taken = await db.Database.SqlQuery<PlaceCount>(
            $"""
             UPDATE activities SET "FreePlaces" = "FreePlaces" - 1
             WHERE "Id" = {activityId} AND "Status" = 'Published' AND ("FreePlaces" IS NULL OR "FreePlaces" > 0)
             RETURNING "TotalPlaces", "FreePlaces"
             """).ToListAsync(cancellationToken);
        if (taken.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (HoldOutcome.NoPlacesLeft, await CountAsync(activityId, cancellationToken));
        }

        var places = taken[0];
        AnnounceCapacity(activityId, organisationId, places, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (HoldOutcome.Held, places);
    }

    public async Task<(ReleaseOutcome Outcome, PlaceCount? Places)> ReleaseAsync(Guid connectionId, HoldOwner owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.InTransactionAsync((transaction, ct) => ReleaseInTransactionAsync(transaction, connectionId, owner, now, ct), cancellationToken);
    }

    private async Task<(ReleaseOutcome Outcome, PlaceCount? Places)> ReleaseInTransactionAsync(
        IDbContextTransaction transaction, Guid connectionId, HoldOwner owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var released = await db.Database.SqlQuery<Guid>(
            $"""
             UPDATE place_holds SET "ReleasedAt" = {now}
             WHERE "ConnectionId" = {connectionId} AND "TeamId" = {owner.TeamId} AND "HeldBy" = {owner.Service} AND "ReleasedAt" IS NULL
             RETURNING "ActivityId" AS "Value"
             """)
            .ToListAsync(cancellationToken);
        if (released.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            var earlier = await db.PlaceHolds.AsNoTracking().FirstOrDefaultAsync(h => h.ConnectionId == connectionId, cancellationToken);
            return earlier switch
            {
                null => (ReleaseOutcome.UnknownHold, null),
                _ when !earlier.IsOwnedBy(owner) => (ReleaseOutcome.NotTheOwner, null),
                _ => (ReleaseOutcome.AlreadyReleased, await CountAsync(earlier.ActivityId, cancellationToken)),
            };
        }

        var activityId = released[0];
        var places = (await db.Database.SqlQuery<PlaceCount>(
            $"""
             UPDATE activities SET "FreePlaces" = "FreePlaces" + 1
             WHERE "Id" = {activityId}
             RETURNING "TotalPlaces", "FreePlaces"
             """).ToListAsync(cancellationToken))[0];
        var organisationId = await db.Activities.IgnoreAutoIncludes().Where(a => a.Id == activityId).Select(a => a.OrganisationId).FirstAsync(cancellationToken);
        AnnounceCapacity(activityId, organisationId, places, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (ReleaseOutcome.Released, places);
    }

    private void AnnounceCapacity(Guid activityId, Guid organisationId, PlaceCount places, DateTimeOffset now) =>
        outbox.Add(new ActivityCapacityChangedIntegrationEvent(activityId, organisationId, places.TotalPlaces, places.FreePlaces, now));

    private Task<PlaceCount> CountAsync(Guid activityId, CancellationToken cancellationToken) =>
        db.Activities.IgnoreAutoIncludes().AsNoTracking().Where(a => a.Id == activityId)
            .Select(a => new PlaceCount(a.TotalPlaces, a.FreePlaces)).FirstAsync(cancellationToken);
}
