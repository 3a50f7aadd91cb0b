using Aspire.Hosting.ApplicationModel;
using Grpc.Core;
using MassTransit;
using Npgsql;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Messaging;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.SystemTests;

public sealed class FoundationTests(ScaledOutSystem system)
{
    private static IReadOnlyList<string> Services => SystemFixture.Services;

    [Fact]
    public async Task Every_resource_becomes_healthy()
    {
        string[] resources = ["postgres", "messaging", "messaging-epmd", .. Services, .. Services.Where(s => s != "web").Select(s => s + "-db")];
        // Becomes: a test before this one may have killed a server, and a service restarted after it is Unhealthy in
        // Aspire's eyes until its next health check.
        await Eventually.HoldsAsync(() => Task.FromResult(resources.All(r => system.App.Instances(r) is { Count: > 0 } instances
            && instances.All(IsRunningAndHealthy))), "every resource is running and healthy", TimeSpan.FromSeconds(90));
        foreach (var resource in resources)
        {
            var instances = system.App.Instances(resource);
            Assert.NotEmpty(instances);
            Assert.All(instances, i => Assert.True(IsRunningAndHealthy(i), $"{i.ResourceId} is {i.Snapshot.State?.Text}, {i.Snapshot.HealthStatus}"));
        }
        Assert.Equal(KnownResourceStates.Finished, system.App.Instances("postgres-init").Single().Snapshot.State?.Text);
        // A service answers Degraded until its bus has attached every consumer, a moment after it starts.
        await SystemHealth.AllHealthyWithinAsync(system, TimeSpan.FromSeconds(60), "once started");
    }

    private static bool IsRunningAndHealthy(ResourceEvent instance) =>
        instance.Snapshot.State?.Text == KnownResourceStates.Running && instance.Snapshot.HealthStatus == HealthStatus.Healthy;

    [Fact]
    public async Task A_published_activity_reaches_the_web_through_the_broker_and_the_matcher()
    {
        var ct = TestContext.Current.CancellationToken;
        var name = $"Tipton allotment mornings {Guid.NewGuid():N}";

        using var group = await VcseGroup.ConnectAsync(system, ct);
        var activityId = await group.PublishActivityAsync(name, ct);

        using var web = system.CreateHttpClient("web");
        await Eventually.HoldsAsync(
            async () => (await web.GetStringAsync("/", ct)).Contains(name),
            "the web's list of recently published activities (read from the matcher over gRPC) shows the activity");

        var matching = new Matching.MatchingClient(system.CreateGrpcChannel("matching"));
        var known = await matching.GetKnownActivityAsync(new GetKnownActivityRequest { ActivityId = activityId.ToString() }, cancellationToken: ct);
        Assert.Equal(name, known.Name);
    }

    [Fact]
    public async Task An_event_written_while_the_broker_is_down_is_delivered_after_it_returns()
    {
        var ct = TestContext.Current.CancellationToken;
        var name = $"Dudley walking group {Guid.NewGuid():N}";
        var matching = new Matching.MatchingClient(system.CreateGrpcChannel("matching"));
        using var group = await VcseGroup.ConnectAsync(system, ct);

        await system.App.StopAsync("messaging", ct);
        Guid activityId;
        try
        {
            // The directory keeps taking work: the event waits in its outbox.
            activityId = await group.PublishActivityAsync(name, ct);
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            var whileDown = await Assert.ThrowsAsync<RpcException>(async () =>
                await matching.GetKnownActivityAsync(new GetKnownActivityRequest { ActivityId = activityId.ToString() }, cancellationToken: ct));
            Assert.Equal(StatusCode.NotFound, whileDown.StatusCode);
        }
        finally
        {
            await system.App.StartAsync("messaging", ct);
        }

        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                var known = await matching.GetKnownActivityAsync(new GetKnownActivityRequest { ActivityId = activityId.ToString() }, cancellationToken: ct);
                return known.Name == name;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, "the matcher has received the activity published during the outage", TimeSpan.FromSeconds(90));

        // The services' broker connections recover by themselves, and /health says so.
        await SystemHealth.AllHealthyWithinAsync(system, TimeSpan.FromSeconds(90), "after the broker's outage");
    }

    [Fact]
    public async Task A_redelivered_event_is_applied_once_by_the_matcher()
    {
        var ct = TestContext.Current.CancellationToken;
        var broker = new Uri(await system.App.GetConnectionStringAsync("messaging"));
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.ConnectTo(broker));
        await bus.StartAsync(ct);
        try
        {
            var first = new ActivityPublishedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), "Smethwick chair yoga", DateTimeOffset.UtcNow);
            await bus.Publish(first, c => c.MessageId = first.EventId, ct);
            var receivedAt = await WaitForReceivedAtAsync(first.ActivityId, ct);

            // The same message again (same id), as a broker redelivery would bring it, then a later event as a marker.
            await bus.Publish(first, c => c.MessageId = first.EventId, ct);
            var marker = new ActivityPublishedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), "Marker", DateTimeOffset.UtcNow);
            await bus.Publish(marker, c => c.MessageId = marker.EventId, ct);
            await WaitForReceivedAtAsync(marker.ActivityId, ct);
            await Task.Delay(TimeSpan.FromSeconds(1), ct);

            Assert.Equal(receivedAt, await WaitForReceivedAtAsync(first.ActivityId, ct));
            Assert.Equal(1L, await CountInboxRowsAsync(first.EventId, ct));
        }
        finally
        {
            await bus.StopAsync(ct);
        }
    }

    private async Task<DateTimeOffset> WaitForReceivedAtAsync(Guid activityId, CancellationToken ct)
    {
        var matching = new Matching.MatchingClient(system.CreateGrpcChannel("matching"));
        KnownActivity? known = null;
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                known = await matching.GetKnownActivityAsync(new GetKnownActivityRequest { ActivityId = activityId.ToString() }, cancellationToken: ct);
                return true;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, $"the matcher knows activity {activityId}");
        return known!.ReceivedAt.ToDateTimeOffset();
    }

    private async Task<long> CountInboxRowsAsync(Guid messageId, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("matching-db"));
        await connection.OpenAsync(ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = @id", connection);
        count.Parameters.AddWithValue("id", messageId);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }
}
