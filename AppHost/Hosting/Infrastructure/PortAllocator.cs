using System.Net;
using System.Net.Sockets;

namespace SocialPrescribing.AppHost.Hosting.Infrastructure;

/// <summary>
/// Picks free loopback ports by letting the kernel choose one and releasing it. Ports handed out are
/// remembered so two resources of one process (or two applications in one test run) never share one.
/// </summary>
internal static class PortAllocator
{
    private static readonly HashSet<int> Handed = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var port = Probe(0) ?? throw NoFreePort();
                if (Handed.Add(port))
                {
                    return port;
                }
            }
            throw NoFreePort();
        }
    }

    /// <summary>Claims a port chosen by the user, failing clearly when something else listens on it.</summary>
    public static int Claim(int port, string forWhat)
    {
        lock (Gate)
        {
            if (Probe(port) is null)
            {
                throw new AppHostException($"Port {port} for {forWhat} is in use on 127.0.0.1: stop what listens there or choose another port.");
            }
            Handed.Add(port);
            return port;
        }
    }

    private static int? Probe(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            var chosen = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return chosen;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    private static AppHostException NoFreePort() =>
        new("No free TCP port on 127.0.0.1: check that the loopback interface is up and that ports are not exhausted.");
}
