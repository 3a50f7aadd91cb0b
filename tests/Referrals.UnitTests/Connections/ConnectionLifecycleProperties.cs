using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;
using static SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;

namespace SocialPrescribing.Referrals.UnitTests.Connections;

[Properties(Arbitrary = [typeof(ConnectionAttempts)], MaxTest = 500)]
public class ConnectionLifecycleProperties
{
    private const int AgreedWorkingDays = 3;

    [Property]
    public void No_sequence_of_attempts_reaches_a_path_the_lifecycle_forbids_and_a_place_is_held_exactly_while_it_should_be(ConnectionAttempt[] attempts)
    {
        var connection = Connections.Suggest(AgreedWorkingDays);
        var placeHeld = false;
        var at = Connections.SuggestedAt;

        foreach (var attempt in attempts)
        {
            at = at.AddMinutes(attempt.MinutesLater);
            var before = (connection.Status, Count: connection.History.Count);
            ConnectionTransitionResult? result = null;
            var refused = Record.Exception(() => result = connection.MoveTo(attempt.Target, attempt.Actor!, at, Connections.Lifecycle, attempt.Why));

            if (refused is null)
            {
                Assert.DoesNotContain(before.Status, AgreedConnectionLifecycle.Final);
                Assert.Contains((before.Status, attempt.Target), AgreedConnectionLifecycle.Edges);
                Assert.Equal(before.Count + 1, connection.History.Count);
                Assert.Same(result!.Transition, connection.History[^1]);
                placeHeld = Apply(result.Place, placeHeld);
                if (attempt.Target == Expired)
                {
                    AssertAgreedTimeHadPassed(connection.Window!, at);
                }
            }
            else
            {
                Assert.IsAssignableFrom<DomainException>(refused);
                Assert.Equal(before, (connection.Status, connection.History.Count));
            }

            Assert.Equal(AgreedConnectionLifecycle.HoldingAPlace.Contains(connection.Status), placeHeld);
            Assert.Equal(placeHeld, connection.HoldsPlace);
            AssertContiguousHistory(connection);
        }
    }

    [Fact]
    public void The_walks_reach_every_status()
    {
        var reached = new HashSet<ConnectionStatus>();
        foreach (var walk in ConnectionAttempts.Walk().Generator.Sample(300, new Rnd(20260206UL), 40))
        {
            var connection = Connections.Suggest(AgreedWorkingDays);
            var at = Connections.SuggestedAt;
            foreach (var attempt in walk)
            {
                at = at.AddMinutes(attempt.MinutesLater);
                if (Record.Exception(() => connection.MoveTo(attempt.Target, attempt.Actor!, at, Connections.Lifecycle, attempt.Why)) is null)
                {
                    reached.Add(connection.Status);
                }
            }
        }

        Assert.Empty(Enum.GetValues<ConnectionStatus>().Except([Suggested]).Except(reached));
    }

    private static bool Apply(PlaceEffect effect, bool held) => effect switch
    {
        PlaceEffect.Hold => !held ? true : throw new Xunit.Sdk.XunitException("A place was held twice."),
        PlaceEffect.Release => held ? false : throw new Xunit.Sdk.XunitException("A place was released that was not held."),
        _ => held,
    };

    // Independent of the lifecycle's own arithmetic: at least the agreed number of weekdays
    // must lie wholly between the day of the request and the day of expiry.
    private static void AssertAgreedTimeHadPassed(ResponseWindow window, DateTimeOffset expiredAt)
    {
        var requestDay = WorkingDays.UkDateOf(window.RequestedAt);
        var expiryDay = WorkingDays.UkDateOf(expiredAt);
        var weekdaysBetween = Enumerable.Range(1, Math.Max(0, expiryDay.DayNumber - requestDay.DayNumber - 1))
            .Select(requestDay.AddDays)
            .Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.True(weekdaysBetween >= window.AgreedWorkingDays, $"Expired on {expiryDay} after only {weekdaysBetween} whole working days.");
    }

    private static void AssertContiguousHistory(Connection connection)
    {
        var status = Suggested;
        foreach (var step in connection.History)
        {
            Assert.Equal(status, step.From);
            Assert.False(string.IsNullOrWhiteSpace(step.ActorId));
            if (step.To is Declined or Withdrawn or DroppedOut)
            {
                Assert.False(string.IsNullOrWhiteSpace(step.Reason));
            }
            status = step.To;
        }
        Assert.Equal(status, connection.Status);
    }
}

/// <param name="MinutesLater">Time since the previous attempt; long gaps let requests expire.</param>
public sealed record ConnectionAttempt(ConnectionStatus Target, string? Actor, string? Why, int MinutesLater);

/// <summary>Walks that mostly follow the agreed lifecycle, mixed with arbitrary (usually unlawful) attempts.</summary>
public static class ConnectionAttempts
{
    public static Arbitrary<ConnectionAttempt[]> Walk() =>
        Gen.ListOf(from lawful in Gen.Frequency((1, Gen.Constant(false)), (5, Gen.Constant(true))) from pick in Gen.Choose(0, 1000) from noise in AnyAttempt() select (lawful, pick, noise))
            .Select(seeds =>
            {
                var assumed = Suggested;
                var attempts = new List<ConnectionAttempt>();
                foreach (var (lawful, pick, noise) in seeds)
                {
                    var moves = AgreedConnectionLifecycle.Edges.Where(e => e.From == assumed).Select(e => e.To).Order().ToList();
                    if (!lawful || moves.Count == 0)
                    {
                        attempts.Add(noise);
                        continue;
                    }
                    var target = moves[pick % moves.Count];
                    // A lawful expiry attempt waits 0 to 14 days, so it comes both too early and in time;
                    // since it may be refused, the walk does not count on it.
                    var wait = target == Expired ? pick * 20 : noise.MinutesLater;
                    attempts.Add(noise with { Target = target, Actor = "lw-1", Why = "As agreed", MinutesLater = wait });
                    assumed = target == Expired ? assumed : target;
                }
                return attempts.ToArray();
            })
            .ToArbitrary();

    public static Gen<ConnectionAttempt> AnyAttempt() =>
        from target in Gen.Elements(Enum.GetValues<ConnectionStatus>())
        from actor in Gen.Frequency((9, Gen.Constant<string?>("lw-1")), (1, Gen.Elements<string?>(null, "", " ")))
        from why in Gen.Frequency((3, Gen.Elements<string?>("Full", "Moved on")), (1, Gen.Elements<string?>(null, "", " ")))
        from minutes in Gen.Frequency((4, Gen.Choose(0, 600)), (1, Gen.Choose(0, 4 * 24 * 60)))
        select new ConnectionAttempt(target, actor, why, minutes);
}
