using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>Two AppHosts on one machine (test runs start several) never hand their servers the same port.</summary>
public sealed class PortReservationsTests
{
    [Fact]
    public void A_reserved_port_is_outside_the_range_outgoing_connections_take_their_ports_from()
    {
        var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ', '\n');
        var (low, high) = (int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[1], CultureInfo.InvariantCulture));

        var port = PortReservations.Reserve();

        Assert.False(port >= low && port <= high, $"port {port} is in the ephemeral range {low}–{high}");
    }

    [Fact]
    public async Task Another_process_cannot_claim_a_port_while_this_one_holds_it()
    {
        var port = PortReservations.Reserve();

        // flock(1) takes the same kind of lock another AppHost's reservation would.
        using var other = Process.Start(new ProcessStartInfo("flock", ["--nonblock", Path.Combine(PortReservations.LockDirectory, port.ToString(CultureInfo.InvariantCulture)), "true"]))!;
        await other.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, other.ExitCode);
    }

    [Fact]
    public void Ports_reserved_one_after_another_are_distinct_and_free_to_listen_on()
    {
        var taken = new List<TcpListener>();
        try
        {
            var reserved = Enumerable.Range(0, 50).Select(_ => PortReservations.Reserve()).ToList();
            Assert.Equal(reserved.Count, reserved.Distinct().Count());
            foreach (var port in reserved)
            {
                var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                taken.Add(listener);
            }
        }
        finally
        {
            taken.ForEach(l => l.Stop());
        }
    }
}
