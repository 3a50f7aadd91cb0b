using MassTransit;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Messaging.Inbox;

namespace SocialPrescribing.Matching.IntegrationEvents;

/// <summary>
/// A consumer that changes the read models: applied once through the inbox, and only once its transaction
/// has committed is the snapshot rebuilder told what changed (so the rebuild reads the change).
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

    /// <summary>Tells the rebuilder what the message changed.</summary>
    protected abstract void Announce(TMessage message, ReadModelChanges changes);
}
