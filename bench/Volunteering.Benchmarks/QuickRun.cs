using System.Diagnostics;
using System.Globalization;

namespace SocialPrescribing.Volunteering.Benchmarks;

/// <summary>
/// `--quick`: the same set-up as <see cref="SroiReportBenchmarks"/>, then single reports and single reads of the
/// running totals timed with a stopwatch after two warm-ups, and three sums over the logs themselves (seconds each
/// at ten million); prints their medians and one line for scripts/bench.
/// </summary>
public static class QuickRun
{
    public static async Task RunAsync(int logs, int reports)
    {
        var benchmarks = new SroiReportBenchmarks { LogCount = logs };
        await benchmarks.SetUpAsync();
        try
        {
            var report = await TimeAsync(benchmarks.Sroi_report, reports);
            var totals = await TimeAsync(benchmarks.Approved_hours_from_totals, reports);
            var sum = await TimeAsync(benchmarks.Approved_hours_summed_from_logs, 3);
            Console.WriteLine($"SROI report over {logs:N0} hour logs x{reports}: median {report:N1} ms; reading the running totals alone {totals:N1} ms; " +
                              $"summing the logs instead {sum:N1} ms; loading the logs took {benchmarks.LoadSeconds:N0} s");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"BENCH sroi logs={logs} report_ms={report:F1} totals_ms={totals:F1} sum_ms={sum:F1} load_s={benchmarks.LoadSeconds:F0}"));
        }
        finally
        {
            await benchmarks.CleanUpAsync();
        }
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> call, int times)
    {
        await call();
        await call();
        var millis = new double[times];
        for (var i = 0; i < times; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            millis[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(millis);
        return millis[times / 2];
    }
}
