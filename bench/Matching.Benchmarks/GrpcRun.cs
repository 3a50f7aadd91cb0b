using SocialPrescribing.TestKit.Auth;
using System.Diagnostics;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Bench;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Snapshot;
using MatchingClient = SocialPrescribing.Contracts.Matching.Matching.MatchingClient;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>
/// `--grpc [calls]`: the p50/p95 of single gRPC Suggest calls to the real service over loopback (127.0.0.1,
/// HTTP/2, one channel), with the benchmark's world swapped in as the service's snapshot, as a rebuild would.
/// With <c>callers</c> above one, the same calls again from that many concurrent callers sharing the channel, as
/// the web's link workers share its one (issue 18, item 4: p95 ≤ 10 ms at 20 callers).
/// </summary>
public static class GrpcRun
{
    public static async Task RunAsync(int calls, int callers)
    {
        Console.WriteLine($"Load average before the run: {QuickRun.LoadAverage()}");
        await using var infrastructure = await BenchInfrastructure.StartAsync("matching-db", withBroker: true);

        await using var service = new MatchingServiceHost(infrastructure.Database, infrastructure.Broker);
        service.Start();
        var scenario = new Scenario();
        var holder = service.Services.GetRequiredService<MatchingSnapshotHolder>();
        await WaitUntilSettledAsync(holder);
        // Every person on one team, the caller's.
        var team = Guid.NewGuid();
        holder.Publish(new MatchingSnapshot(scenario.Model, scenario.People.ToDictionary(p => p.ReferralId, p => p with { TeamId = team }), scenario.Data.Configuration,
            new FixedTime(Scenario.Now), Scenario.Now));

        using var channel = GrpcChannel.ForAddress(service.Address, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(MatchingServiceHost.LinkWorkerToken(team), new SocketsHttpHandler()),
        });
        var client = new MatchingClient(channel);
        Console.WriteLine($"World: {Scenario.ActivityCount} activities, {Scenario.VolunteerCount} volunteers, {Scenario.PeopleCount} people (seed 2026); service at {service.Address}.");
        foreach (var kind in new[] { CandidateKind.Activity, CandidateKind.Volunteer })
        {
            // Tiered JIT takes thousands of calls to reach its final code (3,000 calls measured 1.59 ms CPU a call,
            // 20,000 about 0.8 ms), so warm up with enough that the figures are the steady state.
            for (var i = 0; i < WarmUpCalls; i++)
            {
                await client.SuggestAsync(Request(scenario, i, kind));
            }
            var wall = new double[calls];
            var found = 0;
            for (var i = 0; i < calls; i++)
            {
                var start = Stopwatch.GetTimestamp();
                found += (await client.SuggestAsync(Request(scenario, i, kind))).Suggestions.Count;
                wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            Console.WriteLine($"gRPC Suggest {kind} k=10 x{calls} (mean {found / (double)calls:0.0} suggestions): wall clock {QuickRun.Percentiles(wall)}");
        }
        if (callers > 1)
        {
            foreach (var kind in new[] { CandidateKind.Activity, CandidateKind.Volunteer })
            {
                // A round that is not counted, so the concurrent path (thread pool, HTTP/2 streams) is warm too.
                await ConcurrentAsync(client, scenario, kind, WarmUpCalls, callers, report: false);
                await ConcurrentAsync(client, scenario, kind, calls, callers, report: true);
            }
        }
    }

    /// <summary><paramref name="calls"/> Suggest calls shared out among <paramref name="callers"/> callers, each sending its next as its last answers.</summary>
    private static async Task ConcurrentAsync(MatchingClient client, Scenario scenario, CandidateKind kind, int calls, int callers, bool report)
    {
        var wall = new double[calls];
        var next = -1;
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls)
            {
                var start = Stopwatch.GetTimestamp();
                await client.SuggestAsync(Request(scenario, i, kind));
                wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        if (!report)
        {
            return;
        }
        // CPU a call (service and callers, one process): what bounds the rate on a machine shared with other work.
        var cpuPerCall = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / calls;
        Console.WriteLine($"gRPC x{callers} callers Suggest {kind} k=10 x{calls}, {calls / clock.Elapsed.TotalSeconds:0} calls/s, {cpuPerCall:0.00} ms CPU a call, load {QuickRun.LoadAverage()}: wall clock {QuickRun.Percentiles(wall)}");
    }

    /// <summary>
    /// Waits until the service's start-up rebuilds (the first build, then one on its first LISTEN) are over: no new
    /// snapshot for <see cref="Settled"/>. A later rebuild would replace the world swapped in next with the empty
    /// database's, and every call would then ask the (absent) referrals service for a profile it does not hold.
    /// </summary>
    private static async Task WaitUntilSettledAsync(MatchingSnapshotHolder holder)
    {
        while (holder.Current is not { } snapshot || DateTimeOffset.UtcNow - snapshot.BuiltAt < Settled)
        {
            await Task.Delay(100);
        }
    }

    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(3);

    /// <summary>Calls of each kind made before timing, alone and then concurrently.</summary>
    private const int WarmUpCalls = 2_000;

    private static SuggestRequest Request(Scenario scenario, int i, CandidateKind kind) =>
        new() { ReferralId = scenario.People[i % scenario.People.Length].ReferralId.ToString(), Kind = kind, K = 10 };
}
