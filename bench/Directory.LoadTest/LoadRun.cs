using System.Diagnostics;
using System.Globalization;

namespace SocialPrescribing.CommunityDirectory.LoadTest;

/// <summary>
/// Sends the given requests from a fixed number of concurrent clients; the first <see cref="WarmUp"/> warm up (JIT,
/// plans, pools) and are not timed. Measures latency, rate, CPU (this process and PostgreSQL) and database commands.
/// </summary>
internal sealed class LoadRun(HttpClient http, int concurrency, int postmasterPid)
{
    public const int WarmUp = 100;

    public async Task<LoadResult> RunAsync(IReadOnlyList<string> paths)
    {
        var requestCount = paths.Count - WarmUp;
        var latencies = new double[requestCount];
        var failures = 0L;
        var next = -WarmUp;
        using var commands = new CommandCounter();
        var cpu = new CpuSplit(postmasterPid);
        var gc = new GcCounts();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next) - 1) < requestCount)
            {
                var started = Stopwatch.GetTimestamp();
                // Read to the end, as a client does, without keeping the bytes: the CPU measured is the service's.
                using var response = await http.GetAsync(paths[index + WarmUp], HttpCompletionOption.ResponseHeadersRead);
                await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
                if (index >= 0)
                {
                    latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                if (index == 0)
                {
                    clock.Restart();
                    commands.Reset();
                    cpu.Start();
                    gc = GcCounts.Now();
                }
            }
        }));
        var elapsed = clock.Elapsed;
        var (bench, postgres) = cpu.Stop();
        var collections = GcCounts.Now() - gc;
        Array.Sort(latencies);
        return new LoadResult(latencies, requestCount / elapsed.TotalSeconds, failures,
            bench.TotalMilliseconds / requestCount, postgres.TotalMilliseconds / requestCount, commands.Count / (double)requestCount,
            collections with { AllocatedBytes = collections.AllocatedBytes / requestCount });
    }
}

/// <summary>Garbage collections by generation and bytes allocated: what the process's CPU goes to besides the work.</summary>
internal sealed record GcCounts(int Gen0 = 0, int Gen1 = 0, int Gen2 = 0, long AllocatedBytes = 0)
{
    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());

    public static GcCounts operator -(GcCounts after, GcCounts before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.AllocatedBytes - before.AllocatedBytes);
}

internal sealed record LoadResult(double[] Latencies, double RequestsPerSecond, long Failures, double ProcessCpuMs, double PostgresCpuMs, double Commands, GcCounts Gc)
{
    public double Percentile(double q) => Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(q * Latencies.Length) - 1)];

    public string Describe(string what, int concurrency) =>
        $"""
        {what}, {Latencies.Length:N0} requests, {concurrency} concurrent clients over loopback:
          p50 {Percentile(0.50):N1} ms   p95 {Percentile(0.95):N1} ms   p99 {Percentile(0.99):N1} ms   max {Latencies[^1]:N1} ms
          {RequestsPerSecond:N0} requests/s; {Latencies.Length - Failures:N0} succeeded, {Failures:N0} failed
          CPU per request: {ProcessCpuMs:N2} ms in this process (the service and its client), {PostgresCpuMs:N2} ms in PostgreSQL; {Commands:N1} database commands per request
          {Gc.AllocatedBytes / 1024.0:N0} KB allocated per request; collections during the run: {Gc.Gen0:N0} gen0, {Gc.Gen1:N0} gen1, {Gc.Gen2:N0} gen2
        """;

    /// <summary>One line for scripts/bench to read.</summary>
    public string BenchLine(string name) => string.Create(CultureInfo.InvariantCulture,
        $"BENCH {name} p50={Percentile(0.50):F1} p95={Percentile(0.95):F1} rps={RequestsPerSecond:F0} failed={Failures} cpu_ms={ProcessCpuMs + PostgresCpuMs:F2} commands={Commands:F1}");
}
