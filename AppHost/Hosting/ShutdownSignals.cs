using System.Runtime.InteropServices;
using SocialPrescribing.AppHost.Hosting.Infrastructure;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// Ctrl+C, SIGTERM, SIGQUIT and a closed terminal (SIGHUP) start an orderly stop instead of ending the AppHost
/// at once; a second signal kills every child immediately.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public static ShutdownSignals Register(CancellationTokenSource shutdown, Action killAll, ResourceLog log)
    {
        var signals = new ShutdownSignals();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
        {
            signals._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                if (!shutdown.IsCancellationRequested)
                {
                    log.Write($"{context.Signal} received: stopping everything (send it again to kill at once)");
                    shutdown.Cancel();
                    return;
                }
                log.Write($"{context.Signal} received again: killing every process", isError: true);
                killAll();
                Environment.Exit(130);
            }));
        }
        return signals;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
