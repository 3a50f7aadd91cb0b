using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>What the operating system says about the servers' processes and sockets (Linux: /proc).</summary>
internal static class LocalProcesses
{
    /// <summary>A process (by id and command line) whose command line or working directory lies in <paramref name="folder"/>.</summary>
    public sealed record Mention(int Pid, string CommandLine);

    public static IReadOnlyList<Mention> Mentioning(string folder)
    {
        var found = new List<Mention>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(entry, "cmdline")).Replace('\0', ' ').Trim();
                // epmd's command line names only its port: its working directory is the node's folder.
                var workingDirectory = new DirectoryInfo(Path.Combine(entry, "cwd")).LinkTarget ?? "";
                if (commandLine.Contains(folder, StringComparison.Ordinal) || workingDirectory.StartsWith(folder, StringComparison.Ordinal))
                {
                    found.Add(new Mention(pid, commandLine));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone while looking, or a kernel thread.
            }
        }
        return found;
    }

    /// <summary>The process id on the first line of a pid file (PostgreSQL's postmaster.pid, RabbitMQ's node.pid), if it is there.</summary>
    public static int? PidIn(string pidFile)
    {
        try
        {
            var first = File.ReadLines(pidFile).FirstOrDefault();
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>kill -9: no chance to clean up, as in a crash or the OOM killer.</summary>
    public static void Kill(int pid)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill();
    }

    /// <summary>The addresses sockets listening on <paramref name="port"/> are bound to, IPv4 and IPv6.</summary>
    public static IReadOnlyList<IPAddress> ListeningOn(int port)
    {
        const string Listen = "0A";
        var addresses = new List<IPAddress>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            // "  sl  local_address rem_address   st ...", the local address as hex "0100007F:1538".
            foreach (var columns in File.ReadLines(table).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                var local = columns[1].Split(':');
                if (columns[3] == Listen && int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
                {
                    addresses.Add(ParseAddress(local[0]));
                }
            }
        }
        return addresses;
    }

    /// <summary>/proc/net/tcp writes each 32-bit word of the address in host (little-endian) order.</summary>
    private static IPAddress ParseAddress(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }
        return new IPAddress(bytes);
    }
}
