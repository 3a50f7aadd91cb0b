using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using SocialPrescribing.Authorization;
using SocialPrescribing.Bench;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit.Referrals;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>
/// `--latency [referrals a second] [seconds]`: the whole system with the demo data (every service a process, as the
/// system tests start it). A signed-in link worker's token submits referrals through the referrals REST API at a
/// fixed rate (open loop: a slow answer does not slow the offer), and the time from each submission until the
/// matcher's suggestions are stored on the referral (the referrals database's suggestions row, looked for every
/// 10 ms) is measured. Prints a "BENCH latency" line for scripts/bench.
/// </summary>
internal static class LatencyRun
{
    /// <summary>How long after the last submission a referral may still get its suggestions before it counts as lost.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    private const int WarmUpReferrals = 300;

    public static async Task RunAsync(int perSecond, int seconds)
    {
        Console.WriteLine($"Load average before the run: {LoadAverage.Now()}");
        var system = new SystemFixture();
        await system.InitializeAsync();
        try
        {
            using var http = await SignedInLinkWorkerAsync(system);
            var count = perSecond * seconds;
            var warmUp = Math.Min(count, WarmUpReferrals);
            var people = await RegisterPeopleAsync(http, count + warmUp);
            Console.WriteLine($"{people.Count} people registered (untimed); load {LoadAverage.Now()}");
            await using var referralsDb = new NpgsqlDataSourceBuilder(await system.App.GetConnectionStringAsync("referrals-db")).Build();

            // Warm-up at half the rate: the services have run a while, as in use, so the timed referrals run the JIT's
            // optimised code; a profile of a cold run showed a fifth of the CPU in the JIT and the hot path un-optimised.
            var warm = await OfferAsync(http, referralsDb, people[..warmUp], Math.Max(1, perSecond / 2));
            Console.WriteLine($"Warm-up: {warmUp} referrals at {Math.Max(1, perSecond / 2)}/s, p95 {Percentile([.. warm.Latencies.Values.Order()], 95):0} ms (untimed); load {LoadAverage.Now()}");
            var cpuBefore = ProcessCpu.Snapshot();
            var result = await OfferAsync(http, referralsDb, people[warmUp..], perSecond);
            // CPU a referral by process, from the first timed submission until the last one's suggestions were stored:
            // what the offered rate asks of two cores, whatever the machine's other load.
            var cpuAfter = ProcessCpu.Snapshot();
            var cpuMs = ProcessCpu.TotalPerRequest(cpuBefore, cpuAfter, result.Submitted);
            Console.WriteLine($"CPU a referral, ms by process: {ProcessCpu.PerRequest(cpuBefore, cpuAfter, result.Submitted)} (in all {cpuMs:0.0})");
            var latencies = result.Latencies.Values.Order().ToArray();
            if (latencies.Length == 0)
            {
                throw new InvalidOperationException($"No referral's suggestions were stored ({result.Failed} submissions failed).");
            }
            var sample = await http.GetFromJsonAsync<JsonNode>($"/api/referrals/{result.Latencies.Keys.First()}");
            var lost = result.Submitted - latencies.Length;
            var submit = Percentile(result.SubmitMillis.Order().ToArray(), 95);
            Console.WriteLine($"Offered {count} referrals at {perSecond}/s for {seconds} s: {result.Submitted} submitted, {result.Failed} refused or failed, " +
                              $"{latencies.Length} with suggestions stored, {lost} lost; the submission alone p95 {submit:0} ms");
            Console.WriteLine($"Submit → suggestions stored: p50 {Percentile(latencies, 50):0} ms, p95 {Percentile(latencies, 95):0} ms, max {latencies[^1]:0} ms; " +
                              $"a sample referral through the API shows {sample?["suggestions"]?["matches"]?.AsArray().Count ?? 0} suggestions");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"BENCH latency offered={count} rate={perSecond} seconds={seconds} p50={Percentile(latencies, 50):0} p95={Percentile(latencies, 95):0} max={latencies[^1]:0} submit_p95={submit:0} cpu_ms={cpuMs:0.0} failed={result.Failed} lost={lost} load={LoadAverage.Now()}"));
        }
        finally
        {
            await system.DisposeAsync();
        }
    }

    private sealed record Offer(int Submitted, int Failed, ConcurrentDictionary<Guid, double> Latencies, ConcurrentBag<double> SubmitMillis);

    /// <summary>One referral for each person, the n-th submitted n / rate seconds after the first, all at once if need be.</summary>
    private static async Task<Offer> OfferAsync(HttpClient http, NpgsqlDataSource referralsDb, IReadOnlyList<Guid> people, int perSecond)
    {
        var pending = new ConcurrentDictionary<Guid, long>();
        var stored = new ConcurrentDictionary<Guid, double>();
        var submitMillis = new ConcurrentBag<double>();
        var failed = 0;
        using var stop = new CancellationTokenSource();
        var watcher = WatchAsync(referralsDb, pending, stored, stop.Token);

        var start = Stopwatch.GetTimestamp();
        var submissions = new List<Task>(people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)perSecond) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
            var person = people[i];
            submissions.Add(Task.Run(async () =>
            {
                var submittedAt = Stopwatch.GetTimestamp();
                if (await ReferAsync(http, person) is { } referral)
                {
                    submitMillis.Add(Stopwatch.GetElapsedTime(submittedAt).TotalMilliseconds);
                    pending[referral] = submittedAt;
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }));
        }
        await Task.WhenAll(submissions);
        var deadline = Stopwatch.GetTimestamp() + (long)(Grace.TotalSeconds * Stopwatch.Frequency);
        while (!pending.IsEmpty && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(50);
        }
        await stop.CancelAsync();
        await watcher;
        return new Offer(people.Count - failed, failed, stored, submitMillis);
    }

    /// <summary>Looks every 10 ms for the pending referrals' stored suggestions; each found is timed and no longer pending.</summary>
    private static async Task WatchAsync(NpgsqlDataSource referralsDb, ConcurrentDictionary<Guid, long> pending, ConcurrentDictionary<Guid, double> stored, CancellationToken stop)
    {
        await using var connection = await referralsDb.OpenConnectionAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            var ids = pending.Keys.ToArray();
            if (ids.Length > 0)
            {
                await using var query = new NpgsqlCommand("""SELECT "ReferralId" FROM suggestions WHERE "ReferralId" = ANY($1)""", connection) { Parameters = { new() { Value = ids } } };
                await using var reader = await query.ExecuteReaderAsync(CancellationToken.None);
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    var referral = reader.GetGuid(0);
                    if (pending.TryRemove(referral, out var submittedAt))
                    {
                        stored[referral] = Stopwatch.GetElapsedTime(submittedAt, now).TotalMilliseconds;
                    }
                }
            }
            await Task.Delay(10, CancellationToken.None);
        }
    }

    private static async Task<Guid?> ReferAsync(HttpClient http, Guid person)
    {
        try
        {
            using var response = await http.PostAsJsonAsync($"/api/people/{person}/referrals", new
            {
                source = "gp-practice",
                referrer = new { name = "Dr Demo Practitioner", organisation = "Fallings Park Surgery", organisationCode = "X99901" },
                reason = "Lonely since her husband died; rarely leaves the house.",
                urgency = "routine",
            });
            return response.StatusCode == HttpStatusCode.Created ? (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<Guid>() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The people the referrals are for, registered before the clock starts (eight at a time).</summary>
    private static async Task<List<Guid>> RegisterPeopleAsync(HttpClient http, int count)
    {
        var people = new ConcurrentBag<Guid>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, ct) =>
        {
            using var response = await http.PostAsJsonAsync("/api/people", LinkWorkerClient.PersonRequest(), ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Registering a person failed: {(int)response.StatusCode} {body}");
            }
            people.Add(JsonNode.Parse(body)!["id"]!.GetValue<Guid>());
        });
        return [.. people];
    }

    /// <summary>Ama Owusu, a seeded link worker, signed in as the web signs people in (code + PKCE), calling the referrals API.</summary>
    private static async Task<HttpClient> SignedInLinkWorkerAsync(SystemFixture system)
    {
        using var tokens = system.CreateTokenClient();
        var token = await tokens.GetAccessTokenAsync(new TestAccount(Roles.LinkWorker, "lw.ama.owusu", system.DevelopmentPassword), [ApiScopes.Referrals]);
        // Enough connections that a slow answer never holds back the next submission.
        var http = system.CreateHttpClient("referrals", new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? double.NaN : sorted[(int)Math.Ceiling(percent / 100 * sorted.Length) - 1];
}
