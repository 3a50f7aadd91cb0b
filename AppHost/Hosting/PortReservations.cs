using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// Loopback ports for the servers the AppHost starts itself (PostgreSQL, RabbitMQ and its port mapper), each held for
/// as long as this process lives.
/// </summary>
/// <remarks>
/// A port the kernel hands out for binding to port 0 is free only until someone else takes it: another AppHost on the
/// machine (test runs start several at once) may be handed the same one before our server has bound it, and any
/// outgoing connection may use it as its source port. Then the server fails to start while the other process answers
/// on its port. So ports come from below the kernel's ephemeral range, where outgoing connections never go, and each
/// is claimed with a lock on a file that every AppHost on the machine honours; the kernel drops the lock when the
/// process ends, however it ends.
/// </remarks>
public static class PortReservations
{
    private const int Lowest = 20000;
    private const int Attempts = 200;

    public static readonly string LockDirectory = Path.Combine(Path.GetTempPath(), "socialprescribing-ports-" + Environment.UserName);
    private static readonly ConcurrentBag<FileStream> Held = [];

    public static int Reserve()
    {
        var (from, to) = Range();
        Directory.CreateDirectory(LockDirectory);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var port = Random.Shared.Next(from, to + 1);
            if (TryClaim(port) is { } claim)
            {
                if (IsFree(port))
                {
                    Held.Add(claim);
                    return port;
                }
                claim.Dispose();
            }
        }
        throw new InvalidOperationException($"No free loopback port between {from} and {to} after {Attempts} tries.");
    }

    /// <summary>Below the ephemeral range when there is room there, else above it.</summary>
    private static (int From, int To) Range()
    {
        var (low, high) = EphemeralRange();
        return low - 1 - Lowest >= 1000 ? (Lowest, low - 1) : (high + 1, IPEndPoint.MaxPort);
    }

    private static (int Low, int High) EphemeralRange()
    {
        const string setting = "/proc/sys/net/ipv4/ip_local_port_range";
        var parts = File.Exists(setting) ? File.ReadAllText(setting).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var high)
            ? (low, high)
            : (32768, 60999);
    }

    // .NET takes an exclusive advisory lock (flock) for FileShare.None on Linux: a second claimant, here or in another
    // process, is refused until the holder ends.
    private static FileStream? TryClaim(int port)
    {
        try
        {
            return new FileStream(Path.Combine(LockDirectory, port.ToString(CultureInfo.InvariantCulture)), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
