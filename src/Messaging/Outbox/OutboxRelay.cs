using System.Diagnostics.Metrics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows to the broker, oldest first. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas of a service share the work without publishing
/// a row twice; a row is marked published in the same transaction that claimed it, so a
/// crash between publish and commit republishes it (at least once) and the consumer's inbox
/// drops the duplicate. While the broker is down rows simply wait: nothing is lost.
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = _options.RelayMinBackoff;
        var nextCleanup = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await PublishBatchAsync(stoppingToken);
                backoff = _options.RelayMinBackoff;
                if (time.GetUtcNow() >= nextCleanup)
                {
                    await DeleteOldRowsAsync(stoppingToken);
                    nextCleanup = time.GetUtcNow() + TimeSpan.FromHours(1);
                }
                if (outcome == BatchOutcome.Full)
                {
                    continue;
                }
                if (outcome == BatchOutcome.Stalled)
                {
                    await Task.Delay(backoff, time, stoppingToken);
                    continue;
                }
                await signal.WaitAsync(_options.RelayPollInterval, stoppingToken);
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
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.RelayMaxBackoff.Ticks));
            }
        }
    }

    private async Task<BatchOutcome> PublishBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.InTransactionAsync(async (transaction, ct) =>
        {
            _batches.Add(1);
            var batch = await db.Set<OutboxMessage>()
                .FromSql($"SELECT * FROM outbox_messages WHERE published_at IS NULL ORDER BY sequence LIMIT {_options.RelayBatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);

            var outcome = batch.Count == _options.RelayBatchSize ? BatchOutcome.Full : BatchOutcome.Drained;
            foreach (var message in batch)
            {
                try
                {
                    await PublishAsync(message, ct);
                    message.PublishedAt = time.GetUtcNow();
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    // Keep order: stop at the first failure and retry from here after a pause.
                    message.Attempts++;
                    message.LastError = ex.GetType().Name;
                    LogPublishFailed(message.Id, ex.GetType().Name, message.Attempts);
                    outcome = BatchOutcome.Stalled;
                    break;
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return outcome;
        }, stoppingToken);
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        var type = EventTypeName.Resolve(message.EventType);
        var payload = JsonSerializer.Deserialize(message.Payload, type, MessagingJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {message.Id} has an empty payload.");

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish outbox message {MessageId} ({Error}), attempt {Attempts}; it will be retried")]
    private partial void LogPublishFailed(Guid messageId, string error, int attempts);
}

/// <summary>
/// The relay's metric (batches claimed) and spans (one per relayed event), on the project's meter and
/// activity source; ServiceDefaults exports both by these names.
/// </summary>
public static class OutboxRelayTelemetry
{
    public const string MeterName = "SocialPrescribing";
    public const string ActivitySourceName = "SocialPrescribing";
    public const string BatchesInstrument = "socialprescribing.outbox.relay.batches";
}
