using System.Diagnostics;
using System.Globalization;

namespace SocialPrescribing.CommunityDirectory.LoadTest;

/// <summary>
/// CPU time spent during the timed phase by this process (the service and its HTTP client) and by the private
/// PostgreSQL server (its postmaster's children, read from /proc), so a figure per request can be split between them.
/// </summary>
internal sealed class CpuSplit(int postmasterPid)
{
    private TimeSpan _bench;
    private TimeSpan _postgres;

    public void Start()
    {
        _bench = Process.GetCurrentProcess().TotalProcessorTime;
        _postgres = PostgresCpu();
    }

    public (TimeSpan Bench, TimeSpan Postgres) Stop() =>
        (Process.GetCurrentProcess().TotalProcessorTime - _bench, PostgresCpu() - _postgres);

    public static int ParentOf(int pid) => int.Parse(StatFields(pid)[1], CultureInfo.InvariantCulture);

    private TimeSpan PostgresCpu()
    {
        long ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }
            try
            {
                var fields = StatFields(pid);
                if (pid == postmasterPid || fields[1] == postmasterPid.ToString(CultureInfo.InvariantCulture))
                {
                    // utime and stime, in clock ticks (100 a second on Linux).
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    // The fields after "(comm)", which may itself hold spaces: [0] state, [1] ppid, ... [11] utime, [12] stime.
    private static string[] StatFields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }
}
