using System.Diagnostics;
using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Allocation;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>
/// `--quick`: times single calls with a stopwatch so percentiles can be reported (BenchmarkDotNet gives means
/// and their spread, not the p95 of single calls), then one allocation, then the read model's retained memory.
/// </summary>
public static class QuickRun
{
    public static void Run(int suggestCalls)
    {
        Console.WriteLine($"Load average before the run: {LoadAverage()}");
        MeasureReadModelMemory();
        var scenario = new Scenario();
        Console.WriteLine($"World: {Scenario.ActivityCount} activities, {Scenario.VolunteerCount} volunteers, {Scenario.PeopleCount} people (seed 2026).");
        foreach (var kind in new[] { CandidateKind.Activity, CandidateKind.Volunteer })
        {
            // Warm up the JIT and caches with calls that are not counted.
            for (var i = 0; i < 500; i++)
            {
                scenario.Suggester.Suggest(scenario.People[i], kind, 10);
            }
            var wall = new double[suggestCalls];
            var cpu = new double[suggestCalls];
            var found = 0;
            for (var i = 0; i < suggestCalls; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var cpuStart = ThreadCpuClock.IsAvailable ? ThreadCpuClock.NowMilliseconds() : 0;
                found += scenario.Suggester.Suggest(scenario.People[i % scenario.People.Length], kind, 10).Count;
                cpu[i] = ThreadCpuClock.IsAvailable ? ThreadCpuClock.NowMilliseconds() - cpuStart : 0;
                wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            Console.WriteLine($"Suggest {kind} k=10 x{suggestCalls} (mean {found / (double)suggestCalls:0.0} suggestions):");
            Console.WriteLine($"  wall clock  {Percentiles(wall)}");
            Console.WriteLine($"  thread CPU  {Percentiles(cpu)}");
        }

        var watch = Stopwatch.StartNew();
        var processCpu = Environment.CpuUsage.TotalTime;
        var result = scenario.Allocator.Allocate(new AllocationRequest(scenario.People, CandidateKind.Activity));
        var allocateCpu = Environment.CpuUsage.TotalTime - processCpu;
        watch.Stop();
        var places = scenario.Activities.Take(Scenario.AllocationActivityCount).Sum(a => a.FreePlaces);
        Console.WriteLine($"Allocate {Scenario.PeopleCount} people x {Scenario.AllocationActivityCount} activities ({places} places, {result.EligiblePairs} eligible pairs): " +
                          $"{watch.Elapsed.TotalSeconds:0.00} s wall, {allocateCpu.TotalSeconds:0.00} s CPU on {Environment.ProcessorCount} cores; objective {result.Objective:0.000} with {result.Assignments.Count} matched; " +
                          $"greedy {result.GreedyObjective:0.000} with {result.GreedyAssignmentCount}; gap {result.Gap:0.000} ({result.GapPercent:0.00} %); unmatched {result.Unmatched.Count}");
        foreach (var reason in result.Unmatched.GroupBy(u => u.Reason.Split(':')[0]).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  unmatched because \"{reason.Key}\": {reason.Count()}");
        }
    }

    /// <summary>What the candidate records take, and what the read model built over them adds, after full collections.</summary>
    private static void MeasureReadModelMemory()
    {
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var data = new WestMidlandsData(2026, Scenario.Now);
        var activities = data.Activities(Scenario.ActivityCount);
        var volunteers = data.Volunteers(Scenario.VolunteerCount);
        var records = GC.GetTotalMemory(forceFullCollection: true);
        var model = MatchingReadModel.Create(data.Taxonomy, activities, volunteers);
        var built = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"Memory: {activities.Length} activity and {volunteers.Length} volunteer records {Megabytes(records - start)}; " +
                          $"the read model over them adds {Megabytes(built - records)}.");
        GC.KeepAlive(model);
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";

    /// <summary>The 1-minute load average, so a reader can tell how contended the machine was.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    internal static string Percentiles(double[] millis)
    {
        var sorted = millis.Order().ToArray();
        double At(double percent) => sorted[(int)Math.Ceiling(percent / 100 * sorted.Length) - 1];
        return $"p50 {At(50):0.000} ms, p95 {At(95):0.000} ms, p99 {At(99):0.000} ms, max {sorted[^1]:0.000} ms";
    }
}
