using MassTransit;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Messaging.Inbox;

namespace SocialPrescribing.Matching.IntegrationEvents;

/// <summary>
/// A consumer that changes the read models: applied once through the inbox, and only once its transaction
/// has committed is the snapshot rebuilder told what changed (so the rebuild reads the change). The other
/// replicas are notified in the same transaction, so they hear of the change exactly when it is visible.
/// </summary>
public abstract class ReadModelConsumer<TMessage>(MatchingContext db, ReadModelChanges changes, TimeProvider time, ILogger logger)
    : IdempotentConsumer<TMessage, MatchingContext>(db, time, logger), IConsumer<TMessage>
    where TMessage : class
{
    async Task IConsumer<TMessage>.Consume(ConsumeContext<TMessage> context)
    {
        await Consume(context);
        Announce(context.Message, changes);
    }

    protected sealed override async Task HandleAsync(TMessage message, CancellationToken cancellationToken)
    {
        await ApplyAsync(message, cancellationToken);
        await changes.NotifyReplicasAsync(Db, typeof(TMessage).Name, cancellationToken);
    }

    /// <summary>Apply the message to the read models; the base class notifies the other replicas, saves and commits.</summary>
    protected abstract Task ApplyAsync(TMessage message, CancellationToken cancellationToken);

    /// <summary>Tells the rebuilder what the message changed.</summary>
    protected abstract void Announce(TMessage message, ReadModelChanges changes);
}
