using System.Diagnostics;

namespace SocialPrescribing.CommunityDirectory.LoadTest;

/// <summary>Counts the database commands Npgsql runs (one activity each), to report round trips per request.</summary>
internal sealed class CommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private long _count;

    public CommandCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            ActivityStarted = _ => Interlocked.Increment(ref _count),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public long Count => Interlocked.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void Dispose() => _listener.Dispose();
}
