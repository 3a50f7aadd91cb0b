using System.Globalization;

namespace SocialPrescribing.Bench;

/// <summary>
/// Where the time goes, by process: the CPU each of this run's processes used (the services, PostgreSQL and RabbitMQ
/// are all started under this one, through the AppHost's orchestrator), read from /proc and named by what runs.
/// On a shared machine wall-clock latency mostly measures the queue for a core; CPU a request does not.
/// </summary>
internal static class ProcessCpu
{
    private static readonly double TicksPerMs = 100 / 1000.0; // USER_HZ is 100 on Linux

    /// <summary>CPU milliseconds so far of this process and its descendants, by name.</summary>
    public static Dictionary<string, double> Snapshot() => ByName(stat => stat.CpuMs);

    /// <summary>
    /// Memory now of this process and its descendants, by name: the proportional set size in MB (a page shared by
    /// n processes counts 1/n to each), so the parts add up to what the run occupies.
    /// </summary>
    public static Dictionary<string, double> MemoryMb() => ByName(stat => ProportionalSetKb(stat.Pid) / 1024.0);

    /// <summary>"total 1234 MB: web 180, referrals 170, ..." the biggest first.</summary>
    public static string DescribeMemory(Dictionary<string, double> memory) =>
        string.Create(CultureInfo.InvariantCulture, $"total {memory.Values.Sum():F0} MB: ")
        + string.Join(", ", memory.OrderByDescending(p => p.Value).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F0}")));

    private static Dictionary<string, double> ByName(Func<Stat, double> measure)
    {
        var stats = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? Read(pid) : null)
            .OfType<Stat>()
            .ToDictionary(s => s.Pid);
        var totals = new Dictionary<string, double>();
        foreach (var stat in stats.Values.Where(s => IsOurs(s, stats)))
        {
            totals[stat.Name] = totals.GetValueOrDefault(stat.Name) + measure(stat);
        }
        return totals;
    }

    private static double ProportionalSetKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // the process has ended
        }
    }

    /// <summary>"web 3.10, referrals 2.05, ..." ms a request between two snapshots, the busiest first.</summary>
    public static string PerRequest(Dictionary<string, double> before, Dictionary<string, double> after, int requests) =>
        string.Join(", ", after.Select(p => (p.Key, Ms: (p.Value - before.GetValueOrDefault(p.Key)) / requests))
            .Where(p => p.Ms >= 0.005)
            .OrderByDescending(p => p.Ms)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Ms:F2}")));

    /// <summary>CPU milliseconds a request between two snapshots, every process of the run together.</summary>
    public static double TotalPerRequest(Dictionary<string, double> before, Dictionary<string, double> after, int requests) =>
        after.Sum(p => p.Value - before.GetValueOrDefault(p.Key)) / requests;

    /// <summary>
    /// Ours: this process's descendants, and those of Aspire's orchestrator (DCP), whose API server leaves this
    /// process's tree (it re-parents itself to init) and starts the resources; it names the process it watches.
    /// </summary>
    private static bool IsOurs(Stat stat, Dictionary<int, Stat> all)
    {
        for (var s = stat; s is not null; s = all.GetValueOrDefault(s.Parent))
        {
            if (s.Pid == Environment.ProcessId || s.WatchesUs)
            {
                return true;
            }
        }
        return false;
    }

    private sealed record Stat(int Pid, int Parent, double CpuMs, string Name, bool WatchesUs);

    private static Stat? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // After "pid (comm) ": state, ppid, ... utime is field 14 and stime 15 (1-based); comm may hold spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var cpu = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerMs;
            var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var watchesUs = arguments.Contains("--monitor") && arguments.SkipWhile(a => a != "--monitor").Skip(1).FirstOrDefault() == Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            return new Stat(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), cpu, NameOf(pid, stat, arguments), watchesUs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process has ended
        }
    }

    /// <summary>The service's assembly (Web.dll → web), else the program: postgres, beam.smp (RabbitMQ), dcp.</summary>
    private static string NameOf(int pid, string stat, string[] arguments)
    {
        if (pid == Environment.ProcessId)
        {
            return "bench (clients, AppHost)";
        }
        if (arguments.FirstOrDefault() is { } program && program.Contains("/bin/", StringComparison.Ordinal))
        {
            // A service's own executable, as `dotnet run` starts it: .../bin/Release/net10.0/Referrals.Api
            return Path.GetFileName(program).Replace(".Api", "", StringComparison.Ordinal).ToLowerInvariant();
        }
        if (arguments.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal)) is { } dll)
        {
            return Path.GetFileNameWithoutExtension(dll).Replace(".Api", "", StringComparison.Ordinal).ToLowerInvariant();
        }
        var comm = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
        return comm.StartsWith("postgres", StringComparison.Ordinal) || arguments.FirstOrDefault()?.StartsWith("postgres", StringComparison.Ordinal) == true
            ? "postgres" : comm;
    }
}
