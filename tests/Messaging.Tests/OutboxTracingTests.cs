using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.ServiceData;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>
/// The relay publishes long after the request that wrote an event has ended, from a loop with no
/// ambient activity; the trace must still run from that request through the broker to the consumer.
/// </summary>
public sealed class OutboxTracingTests(InfrastructureFixture infrastructure)
{
    private static readonly ActivitySource Requests = new("SocialPrescribing.Messaging.Tests.Requests");

    [Fact]
    public async Task An_event_relayed_from_the_outbox_continues_the_trace_of_the_request_that_wrote_it()
    {
        var ct = TestContext.Current.CancellationToken;
        // What OpenTelemetry does in a service: every source listened to and recorded, MassTransit's included.
        using var listener = RecordEverything();
        var account = Guid.NewGuid();
        var consumedIn = new ConcurrentDictionary<Guid, ActivityTraceId?>();
        using var publisher = await StartPublisherAsync(ct);
        using var consumer = await LedgerHost.StartListenerAsync(infrastructure, account, context =>
            consumedIn.TryAdd(context.Message.EventId, Activity.Current?.TraceId));

        var @event = new PointsAwardedIntegrationEvent(account, 1);
        ActivityTraceId requestTrace;
        string? requestTraceParent;
        using (var request = Requests.StartActivity("POST /ledger", ActivityKind.Server))
        {
            Assert.NotNull(request);
            requestTrace = request.TraceId;
            requestTraceParent = request.Id;
            await WriteInTransactionAsync(publisher, @event, ct);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(consumedIn.ContainsKey(@event.EventId)), "the event is consumed");
        Assert.Equal(requestTraceParent, (await ReadRowAsync(publisher, @event, ct)).TraceParent);
        Assert.Equal(requestTrace, consumedIn[@event.EventId]);
    }

    [Fact]
    public async Task An_event_written_outside_any_trace_is_still_relayed()
    {
        var ct = TestContext.Current.CancellationToken;
        Activity.Current = null;
        var account = Guid.NewGuid();
        var consumed = new ConcurrentDictionary<Guid, bool>();
        using var publisher = await StartPublisherAsync(ct);
        using var consumer = await LedgerHost.StartListenerAsync(infrastructure, account, context =>
            consumed.TryAdd(context.Message.EventId, true));

        var @event = new PointsAwardedIntegrationEvent(account, 1);
        await WriteInTransactionAsync(publisher, @event, ct);

        await Eventually.HoldsAsync(() => Task.FromResult(consumed.ContainsKey(@event.EventId)), "the event is consumed");
        // The relay marks the row published once the broker has it, so the consumer may see the event first.
        await Eventually.HoldsAsync(async () => (await ReadRowAsync(publisher, @event, ct)).PublishedAt is not null, "the row is marked published");
        Assert.Null((await ReadRowAsync(publisher, @event, ct)).TraceParent);
    }

    private async Task<IHost> StartPublisherAsync(CancellationToken ct)
    {
        var database = await infrastructure.CreateDatabaseAsync("ledger", ct);
        return await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, $"ledger-{Guid.NewGuid():N}");
    }

    private static async Task WriteInTransactionAsync(IHost publisher, PointsAwardedIntegrationEvent @event, CancellationToken ct)
    {
        await using var scope = publisher.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IIntegrationEventOutbox>();
        await db.InTransactionAsync(async (transaction, token) =>
        {
            db.Accounts.Add(new Account { Id = @event.AccountId, Balance = @event.Points });
            outbox.Add(@event);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
        }, ct);
    }

    private static async Task<OutboxMessage> ReadRowAsync(IHost publisher, PointsAwardedIntegrationEvent @event, CancellationToken ct)
    {
        await using var scope = publisher.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
        return await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == @event.EventId, ct);
    }

    private static ActivityListener RecordEverything()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            SampleUsingParentId = (ref ActivityCreationOptions<string> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
