using System.Collections.Concurrent;

namespace SocialPrescribing.RateLimiting;

/// <summary>
/// At most <c>permitLimit</c> attempts per key (a client address, an account's hash) in each fixed window.
/// Windows roll over when the next attempt comes, not on a timer: System.Threading.RateLimiting's partitioned
/// limiter wakes every 100 ms for as long as the process lives, which was most of an idle service's CPU.
/// </summary>
public sealed class FixedWindowLimits(int permitLimit, TimeSpan window, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new();
    private long _lastSweep = time.GetTimestamp();

    public int PermitLimit => permitLimit;

    /// <summary>Counts an attempt for the key; null when it may go ahead, otherwise how long until its window ends.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        var now = time.GetTimestamp();
        ForgetEndedWindows(now);
        while (true)
        {
            var current = _windows.GetOrAdd(key, static (_, start) => new Window(start), now);
            lock (current)
            {
                // Forgotten by a sweep after we found it: count in the key's new window instead.
                if (current.Forgotten)
                {
                    continue;
                }
                if (time.GetElapsedTime(current.Start, now) >= window)
                {
                    current.Start = now;
                    current.Count = 0;
                }
                if (current.Count < permitLimit)
                {
                    current.Count++;
                    return null;
                }
                return window - time.GetElapsedTime(current.Start, now);
            }
        }
    }

    /// <summary>Keys nobody has tried for a whole window are dropped, at most once a window, so memory stays bounded.</summary>
    private void ForgetEndedWindows(long now)
    {
        var lastSweep = Interlocked.Read(ref _lastSweep);
        if (time.GetElapsedTime(lastSweep, now) < window || Interlocked.CompareExchange(ref _lastSweep, now, lastSweep) != lastSweep)
        {
            return;
        }
        foreach (var (key, entry) in _windows)
        {
            lock (entry)
            {
                if (time.GetElapsedTime(entry.Start, now) >= window)
                {
                    entry.Forgotten = true;
                    _windows.TryRemove(new KeyValuePair<string, Window>(key, entry));
                }
            }
        }
    }

    private sealed class Window(long start)
    {
        public long Start { get; set; } = start;
        public int Count { get; set; }
        public bool Forgotten { get; set; }
    }
}
