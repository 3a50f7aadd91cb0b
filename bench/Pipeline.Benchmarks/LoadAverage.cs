namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>The one-minute load average: the machine is shared, so each figure is printed with it.</summary>
internal static class LoadAverage
{
    public static string Now() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
