using System.Net;
using System.Text.Json;
using Grpc.Core;
using MassTransit;
using Npgsql;
using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Messaging;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.SystemTests;

public sealed class FoundationTests(SystemFixture system)
{
    private static readonly string[] Services = ["identity", "directory", "referrals", "volunteering", "matching", "web"];

    [Fact]
    public async Task Every_resource_becomes_healthy()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.All(system.App.ResourceNames, name => Assert.Equal(ResourceState.Healthy, system.App.GetState(name)));
        foreach (var service in Services)
        {
            using var http = system.CreateHttpClient(service);
            using var response = await http.GetAsync("/health", ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{service} /health answered {(int)response.StatusCode}: {body}");
            var status = JsonDocument.Parse(body).RootElement.GetProperty("status").GetString();
            Assert.True(status == "Healthy", $"{service} /health says {body}");
        }
    }

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

        await system.App.StopResourceAsync("messaging");
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
            await system.App.StartResourceAsync("messaging", ct);
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
        foreach (var service in Services.Where(s => s != "web"))
        {
            using var http = system.CreateHttpClient(service);
            await Eventually.HoldsAsync(async () =>
            {
                using var response = await http.GetAsync("/health", ct);
                return response.StatusCode == HttpStatusCode.OK
                       && (await response.Content.ReadAsStringAsync(ct)).Contains("\"status\":\"Healthy\"", StringComparison.Ordinal);
            }, $"{service} reports healthy again after the broker's outage", TimeSpan.FromSeconds(90));
        }
    }

    [Fact]
    public async Task A_redelivered_event_is_applied_once_by_the_matcher()
    {
        var ct = TestContext.Current.CancellationToken;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.ConnectTo(new Uri(system.App.GetConnectionString("messaging"))));
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
        await using var connection = new NpgsqlConnection(system.App.GetConnectionString("matching-db"));
        await connection.OpenAsync(ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = @id", connection);
        count.Parameters.AddWithValue("id", messageId);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }
}
