using System.Runtime.InteropServices;

namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>The few POSIX calls .NET does not expose: sending a chosen signal and asking who we run as.</summary>
internal static class Native
{
    public const int SigTerm = 15;

    public static bool IsRoot => geteuid() == 0;

    /// <summary>Sends <paramref name="signal"/>; false when the process no longer exists.</summary>
    public static bool Signal(int pid, int signal) => kill(pid, signal) == 0;

    /// <summary>The command line of a live process, or null when it has gone (a zombie has none).</summary>
    public static string? CommandLine(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return text.Length == 0 ? null : text;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The ids of every live process whose command line contains <paramref name="fragment"/>.</summary>
    public static IReadOnlyList<int> ProcessesMentioning(string fragment) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId && CommandLine(pid)?.Contains(fragment, StringComparison.Ordinal) == true)
            .ToList();

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc")]
    private static extern uint geteuid();
}
