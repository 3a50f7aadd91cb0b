using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Messaging.Inbox;

/// <summary>
/// Applies each message once. The inbox row and the handler's changes commit in one
/// transaction: a redelivery finds the row and is acknowledged without effect, and two
/// concurrent deliveries of one message serialise on the row's primary key.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider time, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db => db;
    protected TimeProvider Time => time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; it cannot be de-duplicated.");
        var consumer = GetType().Name;

        await db.InTransactionAsync(async (transaction, ct) =>
        {
            var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
                ct);
            if (claimed == 0)
            {
                InboxLog.Duplicate(logger, typeof(TMessage).Name, messageId);
                return;
            }

            await HandleAsync(context.Message, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, context.CancellationToken);
    }

    /// <summary>Apply the message to the context; the base class saves and commits (and, after a transient failure, calls it again).</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}

internal static partial class InboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped duplicate {MessageType} {MessageId}: already applied")]
    public static partial void Duplicate(ILogger logger, string messageType, Guid messageId);
}
