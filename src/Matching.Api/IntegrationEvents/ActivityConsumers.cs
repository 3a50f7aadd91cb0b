using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Matching.Sources;

namespace SocialPrescribing.Matching.IntegrationEvents;

/// <summary>Directory events: each says which activity changed; the store reads or drops its details.</summary>
public abstract class ActivityConsumer<TMessage>(MatchingContext db, ReadModelChanges changes, TimeProvider time, ILogger logger)
    : ReadModelConsumer<TMessage>(db, changes, time, logger)
    where TMessage : class
{
    protected override void Announce(TMessage message, ReadModelChanges changes) => changes.CandidatesChanged();
}

public sealed class ActivityPublishedConsumer(MatchingContext db, ActivityStore activities, ReadModelChanges changes, TimeProvider time, ILogger<ActivityPublishedConsumer> logger)
    : ActivityConsumer<ActivityPublishedIntegrationEvent>(db, changes, time, logger)
{
    protected override async Task ApplyAsync(ActivityPublishedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var (known, row) = await activities.RefreshAsync(message.ActivityId, cancellationToken);
        if (!known)
        {
            row = await activities.RecordAnnouncedAsync(message.ActivityId, message.OrganisationId, message.Name, message.PublishedAt, cancellationToken);
        }
        if (row is not null && row.PublishedAt < message.PublishedAt)
        {
            row.PublishedAt = message.PublishedAt;
        }
    }
}

public sealed class ActivityChangedConsumer(MatchingContext db, ActivityStore activities, ReadModelChanges changes, TimeProvider time, ILogger<ActivityChangedConsumer> logger)
    : ActivityConsumer<ActivityChangedIntegrationEvent>(db, changes, time, logger)
{
    protected override async Task ApplyAsync(ActivityChangedIntegrationEvent message, CancellationToken cancellationToken) =>
        await activities.RefreshAsync(message.ActivityId, cancellationToken);
}

public sealed class ActivityWithdrawnConsumer(MatchingContext db, ActivityStore activities, ReadModelChanges changes, TimeProvider time, ILogger<ActivityWithdrawnConsumer> logger)
    : ActivityConsumer<ActivityWithdrawnIntegrationEvent>(db, changes, time, logger)
{
    protected override Task ApplyAsync(ActivityWithdrawnIntegrationEvent message, CancellationToken cancellationToken) =>
        activities.RemoveAsync(message.ActivityId, cancellationToken);
}

/// <summary>Capacity events carry the new figures, so no read is needed; an older event never overwrites a newer one.</summary>
public sealed class ActivityCapacityChangedConsumer(MatchingContext db, ReadModelChanges changes, TimeProvider time, ILogger<ActivityCapacityChangedConsumer> logger)
    : ActivityConsumer<ActivityCapacityChangedIntegrationEvent>(db, changes, time, logger)
{
    protected override async Task ApplyAsync(ActivityCapacityChangedIntegrationEvent message, CancellationToken cancellationToken)
    {
        if (await Db.Activities.FindAsync([message.ActivityId], cancellationToken) is { } row
            && (row.CapacityChangedAt is not { } applied || message.ChangedAt >= applied))
        {
            row.FreePlaces = message.FreePlaces is { } free ? Math.Max(0, free) : null;
            row.CapacityChangedAt = message.ChangedAt;
        }
    }
}
