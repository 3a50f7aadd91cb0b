using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace SocialPrescribing.Pages.LoadTest;

/// <summary>
/// Closed-loop load: each signed-in session sends its next request when its last is answered (a link worker clicking
/// on), for a bounded time. A request counts as failed unless it is a 200 (a redirect to the sign-in page is a failure).
/// </summary>
internal static class PageLoad
{
    /// <param name="pathFor">The next path for a session: its index and its own random stream.</param>
    public static async Task<PageResult> RunAsync(IReadOnlyList<WebSignIn> sessions, TimeSpan duration, Func<int, Random, string> pathFor)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var firstFailure = (string?)null;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select((session, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            while (clock.Elapsed < duration)
            {
                var path = pathFor(index, random);
                var started = Stopwatch.GetTimestamp();
                using var response = await session.Pages.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"{path} as {session.UserName}: {(int)response.StatusCode} {response.Headers.Location}", null);
                }
            }
        })));
        var elapsed = clock.Elapsed;
        return new PageResult([.. latencies.Order()], latencies.Count / elapsed.TotalSeconds, failures, firstFailure);
    }
}

internal sealed record PageResult(double[] Latencies, double RequestsPerSecond, int Failures, string? FirstFailure)
{
    public double Percentile(double q) => Latencies[Math.Min(Latencies.Length - 1, (int)Math.Ceiling(q * Latencies.Length) - 1)];

    public string Describe(string what, int sessions) =>
        $"""
        {what}, {Latencies.Length:N0} requests from {sessions} signed-in sessions over loopback:
          p50 {Percentile(0.50):N1} ms   p95 {Percentile(0.95):N1} ms   p99 {Percentile(0.99):N1} ms   max {Latencies[^1]:N1} ms
          {RequestsPerSecond:N1} requests/s; {Failures:N0} failed{(FirstFailure is null ? "" : $" (first: {FirstFailure})")}; load average {LoadAverage()}
        """;

    /// <summary>One line for scripts/bench to read.</summary>
    public string BenchLine(string name) => string.Create(CultureInfo.InvariantCulture,
        $"BENCH {name} p50={Percentile(0.50):F1} p95={Percentile(0.95):F1} rps={RequestsPerSecond:F1} requests={Latencies.Length} failed={Failures} load={LoadAverage()}");

    /// <summary>The one-minute load average: the machine is shared, so each figure is printed with it.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
