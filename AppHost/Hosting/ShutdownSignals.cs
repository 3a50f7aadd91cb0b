using System.Runtime.InteropServices;
using SocialPrescribing.AppHost.Hosting.Infrastructure;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// Ctrl+C, SIGTERM, SIGQUIT and a closed terminal (SIGHUP) start an orderly stop instead of ending the AppHost
/// at once; a second signal kills every child immediately.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    // One Ctrl+C often arrives twice: through the terminal's process group and forwarded by `dotnet run` or `timeout`.
    private static readonly TimeSpan SameSignal = TimeSpan.FromSeconds(2);

    private readonly List<PosixSignalRegistration> _registrations = [];
    private long _firstSignal;

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
                    signals._firstSignal = TimeProvider.System.GetTimestamp();
                    log.Write($"{context.Signal} received: stopping everything (send it again to kill at once)");
                    shutdown.Cancel();
                    return;
                }
                if (TimeProvider.System.GetElapsedTime(signals._firstSignal) < SameSignal)
                {
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
