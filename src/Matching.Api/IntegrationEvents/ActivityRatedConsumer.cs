using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Matching.Snapshot;

namespace SocialPrescribing.Matching.IntegrationEvents;

/// <summary>
/// Adds a person's rating to the activity's count and sum. The inbox applies each event once; the addition is one
/// upsert, so ratings of one activity arriving together are all counted.
/// </summary>
public sealed class ActivityRatedConsumer(MatchingContext db, ReadModelChanges changes, TimeProvider time, ILogger<ActivityRatedConsumer> logger)
    : ActivityConsumer<ActivityRatedIntegrationEvent>(db, changes, time, logger)
{
    protected override async Task ApplyAsync(ActivityRatedIntegrationEvent message, CancellationToken cancellationToken)
    {
        // Ratings are 1 to 5 (referrals checks the answer); one outside that is dropped rather than skew the mean.
        if (message.Rating is < 1 or > 5)
        {
            return;
        }
        await Db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO activity_ratings ("ActivityId", "Count", "Sum", "LastRatedAt") VALUES ({message.ActivityId}, 1, {message.Rating}, {message.RatedAt})
            ON CONFLICT ("ActivityId") DO UPDATE SET "Count" = activity_ratings."Count" + 1, "Sum" = activity_ratings."Sum" + excluded."Sum",
                "LastRatedAt" = GREATEST(activity_ratings."LastRatedAt", excluded."LastRatedAt")
            """,
            cancellationToken);
    }
}
