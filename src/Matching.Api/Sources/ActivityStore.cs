using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Directory;
using SocialPrescribing.Matching.Configuration;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Matching.Sources;

/// <summary>
/// Keeps the activities read model in step with the directory. Directory events are thin, so the details are
/// read through gRPC; the caller saves (in the consumer's inbox transaction) or the catch-up saves per page.
/// </summary>
public sealed class ActivityStore(MatchingContext db, DirectoryClient directory, MatchingReference reference, TimeProvider time)
{
    /// <summary>
    /// Reads the activity's current details and stores them, or removes it when it is no longer published.
    /// Returns whether the directory knows the activity, and the stored row (null when not published).
    /// </summary>
    public async Task<(bool Known, ActivityReadModel? Row)> RefreshAsync(Guid activityId, CancellationToken cancellationToken)
    {
        var response = await directory.GetActivitiesAsync(new GetActivitiesRequest { ActivityIds = { activityId.ToString() } }, cancellationToken: cancellationToken);
        var row = await db.Activities.FindAsync([activityId], cancellationToken);
        var current = response.Activities.FirstOrDefault();
        if (current is null)
        {
            return (false, row);
        }
        if (current.Status != ActivityDetails.Published)
        {
            if (row is not null)
            {
                db.Activities.Remove(row);
            }
            return (true, null);
        }
        return (true, Upsert(current, row));
    }

    /// <summary>
    /// Records an activity as its publication event describes it, when the directory cannot say more (an activity
    /// with no place is known, and listed, but never suggested). An existing row keeps what it has.
    /// </summary>
    public async Task<ActivityReadModel> RecordAnnouncedAsync(Guid activityId, Guid organisationId, string name, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        if (await db.Activities.FindAsync([activityId], cancellationToken) is { } row)
        {
            return row;
        }
        row = new ActivityReadModel
        {
            ActivityId = activityId, OrganisationId = organisationId, Name = ActivityDetails.NameOf(name), PublishedAt = publishedAt, ModifiedAt = publishedAt,
            ReceivedAt = time.GetUtcNow(),
        };
        db.Activities.Add(row);
        return row;
    }

    public async Task RemoveAsync(Guid activityId, CancellationToken cancellationToken)
    {
        if (await db.Activities.FindAsync([activityId], cancellationToken) is { } row)
        {
            db.Activities.Remove(row);
        }
    }

    /// <summary>Reads every published activity, page by page, into the read model; returns how many.</summary>
    public async Task<int> CatchUpAsync(int pageSize, CancellationToken cancellationToken)
    {
        var count = 0;
        var after = "";
        do
        {
            var page = await directory.GetPublishedActivitiesPageAsync(
                new PublishedActivitiesPageRequest { AfterActivityId = after, PageSize = pageSize }, cancellationToken: cancellationToken);
            var ids = page.Activities.Select(a => Guid.Parse(a.Id)).ToList();
            var rows = await db.Activities.Where(a => ids.Contains(a.ActivityId)).ToDictionaryAsync(a => a.ActivityId, cancellationToken);
            foreach (var activity in page.Activities.Where(a => a.Status == ActivityDetails.Published))
            {
                Upsert(activity, rows.GetValueOrDefault(Guid.Parse(activity.Id)));
                count++;
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = page.NextAfterActivityId;
        }
        while (after.Length > 0);
        return count;
    }

    private ActivityReadModel Upsert(Activity current, ActivityReadModel? row)
    {
        if (row is null)
        {
            row = new ActivityReadModel { ActivityId = Guid.Parse(current.Id), Name = ActivityDetails.NameOf(current.Name) };
            db.Activities.Add(row);
        }
        else if (current.ModifiedAt is { } modified && modified.ToDateTimeOffset() < row.ModifiedAt)
        {
            // A slower read can return an older copy than one already stored.
            return row;
        }
        ActivityDetails.CopyTo(current, row, reference, time.GetUtcNow());
        return row;
    }
}
