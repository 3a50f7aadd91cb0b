using System.Runtime.InteropServices;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)). The build machines are shared,
/// so wall-clock percentiles include time the thread spent waiting for a core; thread CPU time does not.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable => OperatingSystem.IsLinux();

    public static double NowMilliseconds()
    {
        clock_gettime(ClockThreadCpuTimeId, out var time);
        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
