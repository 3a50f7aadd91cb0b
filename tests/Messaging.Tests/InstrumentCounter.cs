using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>Sums one counter of one host (its own meter factory, so other tests' hosts do not count).</summary>
public sealed class InstrumentCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public InstrumentCounter(IHost host, string instrumentName)
    {
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
