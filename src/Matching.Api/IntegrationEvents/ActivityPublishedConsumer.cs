using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Inbox;

namespace SocialPrescribing.Matching.IntegrationEvents;

/// <summary>Adds a newly published activity to the read model (or refreshes it).</summary>
public sealed class ActivityPublishedConsumer(MatchingContext db, TimeProvider time, ILogger<ActivityPublishedConsumer> logger)
    : IdempotentConsumer<ActivityPublishedIntegrationEvent, MatchingContext>(db, time, logger)
{
    protected override async Task HandleAsync(ActivityPublishedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var activity = await Db.Activities.FindAsync([message.ActivityId], cancellationToken);
        if (activity is null)
        {
            activity = new ActivityReadModel { ActivityId = message.ActivityId, Name = message.Name };
            Db.Activities.Add(activity);
        }
        // Events can arrive out of order after retries: never let an older one win.
        if (message.PublishedAt < activity.PublishedAt)
        {
            return;
        }
        activity.OrganisationId = message.OrganisationId;
        activity.Name = message.Name;
        activity.PublishedAt = message.PublishedAt;
        activity.ReceivedAt = Time.GetUtcNow();
    }
}
