using System.Net.Http.Headers;
using Aspire.Hosting.ApplicationModel;
using Grpc.Net.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Referrals;

namespace SocialPrescribing.SystemTests;

/// <summary>
/// Referrals and matching run as two replicas each (<see cref="ScaledOutSystem"/>): they compete for their messages
/// and relay their outboxes side by side, and what a link worker sees does not depend on which replica answers.
/// </summary>
public sealed class ReplicaTests(ScaledOutSystem system)
{
    private const string LinkWorker = "lw.ama.owusu";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("referrals")]
    [InlineData("matching")]
    public void Every_replica_runs_healthy(string service)
    {
        var replicas = system.App.Instances(service);
        Assert.Equal(ScaledOutSystem.Replicas, replicas.Count);
        Assert.All(replicas, r => Assert.True(
            r.Snapshot.State?.Text == KnownResourceStates.Running && r.Snapshot.HealthStatus == HealthStatus.Healthy,
            $"{r.ResourceId} is {r.Snapshot.State?.Text}, {r.Snapshot.HealthStatus}"));
    }

    [Theory]
    [InlineData("matching-activity-published")]
    [InlineData("matching-referral-submitted")]
    [InlineData("referrals-matches-proposed")]
    public Task Both_replicas_consume_from_their_services_queue(string queue) => EveryReplicaConsumesAsync(queue);

    [Fact]
    public async Task The_suggestions_stored_on_a_referral_are_the_ones_every_matching_replica_gives()
    {
        // After a broker outage (other tests cause them) a bus may still be reattaching its consumers.
        foreach (var queue in new[] { "matching-referral-profile-changed", "matching-activity-published", "referrals-matches-proposed" })
        {
            await EveryReplicaConsumesAsync(queue);
        }
        using var tokens = system.CreateTokenClient();
        var account = new TestAccount("link-worker", LinkWorker, system.DevelopmentPassword);
        using var referralsHttp = system.CreateHttpClient("referrals");
        referralsHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAccessTokenAsync(account, [ApiScopes.Referrals], Ct));
        var worker = new LinkWorkerClient(referralsHttp);
        var referralId = await SwimAndSpeak.ReferSomeoneAsync(worker);
        using var group = await VcseGroup.ConnectAsync(system, Ct);
        var swimming = await SwimAndSpeak.PublishActivityAsync(group);

        List<Guid> stored = [];
        await Eventually.HoldsAsync(async () =>
        {
            stored = SwimAndSpeak.StoredActivities(await worker.GetReferralAsync(referralId));
            return stored.Contains(swimming);
        }, $"the suggestions recorded on the referral include the new activity {swimming}", TimeSpan.FromMinutes(3));

        // A new connection each time, so Aspire's proxy hands the calls to both replicas in turn.
        var matchingToken = await tokens.GetAccessTokenAsync(account, [ApiScopes.Matching], Ct);
        await Eventually.HoldsAsync(async () =>
        {
            for (var call = 0; call < 2 * ScaledOutSystem.Replicas; call++)
            {
                using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("matching", "grpc"), new GrpcChannelOptions
                {
                    HttpHandler = new BearerTokenHandler(matchingToken, new SocketsHttpHandler()),
                });
                var answer = await new Matching.MatchingClient(channel).SuggestAsync(
                    new SuggestRequest { ReferralId = referralId.ToString(), Kind = CandidateKind.Activity, K = stored.Count }, cancellationToken: Ct);
                if (!answer.Suggestions.Select(s => Guid.Parse(s.CandidateId)).SequenceEqual(stored))
                {
                    return false;
                }
            }
            return true;
        }, $"every matching replica suggests what is stored on the referral: {string.Join(", ", stored)}", TimeSpan.FromSeconds(30));
    }

    /// <summary>A replica reports healthy once its database and broker answer; its bus may attach its consumers a moment later.</summary>
    private async Task EveryReplicaConsumesAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(await system.App.GetConnectionStringAsync("messaging")) };
        await using var connection = await factory.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        await Eventually.HoldsAsync(
            async () => (await channel.QueueDeclarePassiveAsync(queue, Ct)).ConsumerCount == ScaledOutSystem.Replicas,
            $"{queue} has a consumer in each of the {ScaledOutSystem.Replicas} replicas", TimeSpan.FromSeconds(90));
    }
}
