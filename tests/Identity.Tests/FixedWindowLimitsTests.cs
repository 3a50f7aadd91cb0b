using Microsoft.Extensions.Time.Testing;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.Identity.Tests;

/// <summary>The fixed-window limits behind sign-in, code requests and the public directory: counted per key, rolled over by time.</summary>
public sealed class FixedWindowLimitsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_attempt_after_the_limit_waits_for_what_is_left_of_the_window()
    {
        var limits = new FixedWindowLimits(3, TimeSpan.FromMinutes(1), _time);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Null(limits.TryAcquire("10.0.0.1")));
        _time.Advance(TimeSpan.FromSeconds(20));

        // The window opened at 10:00:00 and lasts a minute: at 10:00:20, 40 s are left.
        Assert.Equal(TimeSpan.FromSeconds(40), limits.TryAcquire("10.0.0.1"));
    }

    [Fact]
    public void Each_key_has_its_own_window()
    {
        var limits = new FixedWindowLimits(1, TimeSpan.FromMinutes(1), _time);

        Assert.Null(limits.TryAcquire("10.0.0.1"));
        Assert.NotNull(limits.TryAcquire("10.0.0.1"));
        Assert.Null(limits.TryAcquire("10.0.0.2"));
    }

    [Fact]
    public void A_refused_key_may_try_again_once_its_window_has_passed()
    {
        var limits = new FixedWindowLimits(2, TimeSpan.FromMinutes(15), _time);
        limits.TryAcquire("someone");
        limits.TryAcquire("someone");
        Assert.NotNull(limits.TryAcquire("someone"));

        _time.Advance(TimeSpan.FromMinutes(15));

        Assert.Null(limits.TryAcquire("someone"));
        Assert.Null(limits.TryAcquire("someone"));
        Assert.NotNull(limits.TryAcquire("someone"));
    }

    [Fact]
    public void Refused_attempts_do_not_push_the_window_on()
    {
        var limits = new FixedWindowLimits(1, TimeSpan.FromMinutes(1), _time);
        limits.TryAcquire("someone");
        for (var second = 0; second < 59; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.NotNull(limits.TryAcquire("someone"));
        }

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(limits.TryAcquire("someone"));
    }

    [Fact]
    public void Many_attempts_at_once_are_let_in_exactly_up_to_the_limit()
    {
        var limits = new FixedWindowLimits(50, TimeSpan.FromMinutes(1), _time);

        var admitted = 0;
        Parallel.For(0, 1_000, _ =>
        {
            if (limits.TryAcquire("one address") is null)
            {
                Interlocked.Increment(ref admitted);
            }
        });

        Assert.Equal(50, admitted);
    }

    [Fact]
    public void A_key_forgotten_after_its_window_starts_afresh()
    {
        var limits = new FixedWindowLimits(1, TimeSpan.FromMinutes(1), _time);
        limits.TryAcquire("first");
        _time.Advance(TimeSpan.FromMinutes(2));

        // This attempt sweeps away the ended window of "first"; "first" then gets a whole new one.
        Assert.Null(limits.TryAcquire("second"));
        Assert.Null(limits.TryAcquire("first"));
        Assert.NotNull(limits.TryAcquire("first"));
    }
}
