using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows to the broker, oldest first. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas of a service share the work without publishing
/// a row twice; a row is marked published in the same transaction that claimed it, so a
/// crash between publish and commit republishes it (at least once) and the consumer's inbox
/// drops the duplicate. A claimed batch is published all at once, in sequence order, and the rows the broker
/// confirmed are marked in one statement. While the broker is down rows simply wait: nothing is lost. A row that
/// fails by itself (see <see cref="OutboxFailure"/>) does not hold back the rest of its batch; it is retried with
/// the next batch and after <see cref="MessagingOptions.RelayMaxAttempts"/> failures is parked as an
/// <see cref="OutboxDeadLetter"/>.
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    IMeterFactory meters,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;
    private readonly Counter<long> _batches = meters.Create(OutboxRelayTelemetry.MeterName).CreateCounter<long>(
        OutboxRelayTelemetry.BatchesInstrument, description: "Outbox batches claimed by the relay (an idle service claims one per poll interval).");
    private readonly Counter<long> _deadLetters = meters.Create(OutboxRelayTelemetry.MeterName).CreateCounter<long>(
        OutboxRelayTelemetry.DeadLettersInstrument, description: "Outbox rows parked as dead letters after failing by themselves too often.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = _options.RelayMinBackoff;
        var nextCleanup = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await PublishBatchAsync(stoppingToken);
                if (time.GetUtcNow() >= nextCleanup)
                {
                    // Housekeeping, like the claim below, stays out of the traces people read.
                    using var untraced = SuppressInstrumentationScope.Begin();
                    await DeleteOldRowsAsync(stoppingToken);
                    nextCleanup = time.GetUtcNow() + TimeSpan.FromHours(1);
                }
                if (outcome == BatchOutcome.Stalled)
                {
                    // The broker is away or the oldest row keeps failing: each retry waits longer, so a long
                    // outage costs a query now and then rather than one a second.
                    await Task.Delay(backoff, time, stoppingToken);
                    backoff = Longer(backoff);
                    continue;
                }
                backoff = _options.RelayMinBackoff;
                if (outcome == BatchOutcome.Drained)
                {
                    await signal.WaitAsync(_options.RelayPollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is unreachable: wait and try again; the rows are safe where they are.
                LogRelayFailed(ex.GetType().Name, backoff);
                await Task.Delay(backoff, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = Longer(backoff);
            }
        }
    }

    private TimeSpan Longer(TimeSpan backoff) => TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.RelayMaxBackoff.Ticks));

    private async Task<BatchOutcome> PublishBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.InTransactionAsync(async (transaction, ct) =>
        {
            _batches.Add(1);
            List<OutboxMessage> batch;
            // The claim is left out of traces: an idle service would otherwise send one empty trace per poll. What
            // is published is traced, under the trace that wrote the event.
            using (SuppressInstrumentationScope.Begin())
            {
                batch = await db.Set<OutboxMessage>()
                    .FromSql($"SELECT * FROM outbox_messages WHERE published_at IS NULL ORDER BY sequence LIMIT {_options.RelayBatchSize} FOR UPDATE SKIP LOCKED")
                    .ToListAsync(ct);
            }

            var outcome = batch.Count == _options.RelayBatchSize ? BatchOutcome.Full : BatchOutcome.Drained;
            // Every publish of the batch is in flight at once, started in sequence order, and their confirmations are
            // awaited together: one wait for the broker a batch instead of one an event.
            var failures = await Task.WhenAll(batch.Select(message => TryPublishAsync(message, ct)));
            // The bus's health once for the batch, not once a failed row: in an outage every row fails alike.
            var busHealth = failures.Any(f => f is not null) ? bus.CheckHealth().Status : BusHealthStatus.Healthy;
            var published = new List<Guid>(batch.Count);
            var unavailable = new List<Exception>();
            var parked = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                var (message, failure) = (batch[i], failures[i]);
                if (failure is null)
                {
                    published.Add(message.Id);
                }
                else if (OutboxFailure.IsBrokerUnavailable(failure, busHealth))
                {
                    // Not the row's fault: leave it untouched and retry after a pause.
                    unavailable.Add(failure);
                    outcome = BatchOutcome.Stalled;
                }
                else if (!message.FailedByItself(OutboxFailure.Describe(failure), time.GetUtcNow(), _options.RelayMaxAttempts))
                {
                    LogPublishFailed(message.Id, message.LastError!, message.Attempts);
                    outcome = BatchOutcome.Stalled;
                }
                else
                {
                    db.Set<OutboxMessage>().Remove(message);
                    db.Set<OutboxDeadLetter>().Add(OutboxDeadLetter.Park(message, time.GetUtcNow()));
                    LogParked(message.Id, message.EventType, message.Attempts, message.LastError!);
                    parked++;
                }
            }
            if (unavailable.Count > 0)
            {
                LogBrokerUnavailable(unavailable.Count, unavailable[0].GetType().Name);
            }
            if (published.Count > 0)
            {
                var now = time.GetUtcNow();
                await db.Set<OutboxMessage>().Where(m => published.Contains(m.Id))
                    .ExecuteUpdateAsync(row => row.SetProperty(m => m.PublishedAt, now), ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            // Counted once committed: a rolled-back park is retried, and would otherwise count twice.
            if (parked > 0)
            {
                _deadLetters.Add(parked);
            }
            return outcome;
        }, stoppingToken);
    }

    /// <summary>Publishes the row; the failure, or null once the broker has confirmed it.</summary>
    private async Task<Exception?> TryPublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await PublishAsync(message, stoppingToken);
            return null;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            return ex;
        }
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        var (type, payload) = OutboxPayload.Read(message);

        // Publish waits for the broker; bound it so an outage turns into a retry, not a hang.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.PublishTimeout);
        // Publish inside the trace of the request that wrote the row: MassTransit's send span takes
        // Activity.Current as its parent and carries it to the consumer in the message headers.
        using var activity = OutboxTracing.StartPublish(message);
        await bus.Publish(payload, type, context => context.MessageId = message.Id, timeout.Token);
    }

    private async Task DeleteOldRowsAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = time.GetUtcNow() - _options.Retention;
        await db.Set<OutboxMessage>().Where(m => m.PublishedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
        await db.Set<Inbox.InboxMessage>().Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
    }

    private enum BatchOutcome { Drained, Full, Stalled }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not reach its database ({Error}); retrying in {Backoff}")]
    private partial void LogRelayFailed(string error, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish {Count} outbox messages: the broker is unavailable ({Error}); they will be retried")]
    private partial void LogBrokerUnavailable(int count, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish outbox message {MessageId} ({Error}), attempt {Attempts}; it will be retried")]
    private partial void LogPublishFailed(Guid messageId, string error, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Parked outbox message {MessageId} ({EventType}) as a dead letter after {Attempts} failed attempts ({Error}); the events behind it go on")]
    private partial void LogParked(Guid messageId, string eventType, int attempts, string error);
}
