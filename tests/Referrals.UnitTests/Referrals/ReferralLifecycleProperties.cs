using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;
using static SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

/// <summary>
/// Random attempts, lawful or not, thrown at one referral. The checks below are the lifecycle's
/// promises stated on the path taken, not a copy of its table.
/// </summary>
[Properties(Arbitrary = [typeof(ReferralAttempts)], MaxTest = 500)]
public class ReferralLifecycleProperties
{
    private static readonly ReferralStatus[] MainPath = [Received, Contacted, Assessed, Connecting, Connected, FollowUp];

    // The only moves backwards along the main path: revisit the plan, or make another connection.
    private static readonly (ReferralStatus, ReferralStatus)[] ReEntries = [(Connecting, Assessed), (Connected, Connecting), (FollowUp, Connecting)];

    [Property]
    public void No_sequence_of_attempts_reaches_a_path_the_lifecycle_forbids(ReferralAttempt[] attempts)
    {
        var referral = ReferralTests.NewReferral();

        foreach (var attempt in attempts)
        {
            var before = (referral.Status, Count: referral.History.Count);
            var refused = Record.Exception(() => attempt.ApplyTo(referral));

            if (refused is null)
            {
                Assert.Equal(before.Count + 1, referral.History.Count);
                var last = referral.History[^1];
                Assert.Equal((before.Status, attempt.Target), (last.From, last.To));
                Assert.Equal(attempt.At, last.At);
            }
            else
            {
                Assert.IsAssignableFrom<DomainException>(refused);
                Assert.False(string.IsNullOrWhiteSpace(refused.Message));
                Assert.Equal(before, (referral.Status, referral.History.Count));
            }
            AssertLawfulPath(referral);
        }
    }

    [Property]
    public void Once_closed_every_further_attempt_is_refused(ReferralAttempt[] attempts)
    {
        var referral = ReferralTests.NewReferral();
        referral.Close(new ReferralClosure(ClosureReason.Other, "Closed", "Closed early"), "lw-1", DateTimeOffset.UnixEpoch);

        foreach (var attempt in attempts)
        {
            Assert.Throws<DomainException>(() => attempt.ApplyTo(referral));
        }
        Assert.Single(referral.History);
    }

    [Fact]
    public void The_walks_reach_every_status_and_every_lawful_closure()
    {
        var reached = new HashSet<(ReferralStatus, ClosureReason?)>();
        foreach (var walk in ReferralAttempts.Walk().Generator.Sample(300, new Rnd(20260202UL), 40))
        {
            var referral = ReferralTests.NewReferral();
            foreach (var attempt in walk)
            {
                if (Record.Exception(() => attempt.ApplyTo(referral)) is null)
                {
                    reached.Add((referral.Status, referral.Closure?.Reason));
                }
            }
        }

        // A referral starts Received or AwaitingTriage (ReferralTriageTests) and nothing moves back to either.
        var expected = Enum.GetValues<ReferralStatus>().Where(s => s is not (AwaitingTriage or Received or Closed)).Select(s => (s, (ClosureReason?)null))
            .Concat(Enum.GetValues<ClosureReason>().Select(r => (Closed, (ClosureReason?)r)));
        Assert.Empty(expected.Except(reached));
    }

    [Property]
    public void CanTransition_answers_exactly_as_Transition_behaves(ReferralStatus from, ReferralStatus to, ClosureReason? closureReason)
    {
        var allowed = ReferralLifecycle.CanTransition(from, to, closureReason);
        var needsReasonButHasNone = to == Closed && closureReason is null;
        var needsTriageOutcome = ReferralLifecycle.IsTriage(from, to);

        var refused = Record.Exception(() => ReferralLifecycle.Transition(from, to, "lw-1", DateTimeOffset.UnixEpoch, "why", closureReason));

        Assert.Equal(allowed && !needsReasonButHasNone && !needsTriageOutcome, refused is null);
    }

    private static void AssertLawfulPath(Referral referral)
    {
        var history = referral.History;
        var status = Received;
        foreach (var step in history)
        {
            Assert.Equal(status, step.From);
            Assert.NotEqual(Closed, step.From);
            Assert.False(string.IsNullOrWhiteSpace(step.ActorId));
            Assert.False(string.IsNullOrWhiteSpace(step.Reason));
            Assert.Equal(step.To == Closed, step.ClosureReason is not null);
            if (step.To == Closed)
            {
                AssertLawfulClosure(step.From, step.ClosureReason!.Value);
            }
            else
            {
                var (fromStep, toStep) = (Array.IndexOf(MainPath, step.From), Array.IndexOf(MainPath, step.To));
                Assert.True(toStep == fromStep + 1 || ReEntries.Contains((step.From, step.To)), $"{step.From} → {step.To} skips or reverses the lifecycle");
            }
            status = step.To;
        }
        Assert.Equal(status, referral.Status);
        Assert.Equal(referral.Status == Closed, referral.Closure is not null);
    }

    private static void AssertLawfulClosure(ReferralStatus from, ClosureReason reason)
    {
        switch (reason)
        {
            case ClosureReason.Completed:
                Assert.Equal(FollowUp, from);
                break;
            case ClosureReason.UnableToContact:
                Assert.Contains(from, new[] { AwaitingTriage, Received, Contacted, FollowUp });
                break;
        }
    }
}

/// <summary>One attempted change: any target, any closure reason or none, who and why sometimes missing.</summary>
public sealed record ReferralAttempt(ReferralStatus Target, ClosureReason? ClosureReason, string? Actor, string? Why, DateTimeOffset At)
{
    public void ApplyTo(Referral referral)
    {
        if (Target == Closed && ClosureReason is { } reason)
        {
            referral.Close(new ReferralClosure(reason, "Outcome", Why!), Actor!, At);
        }
        else
        {
            referral.MoveTo(Target, Actor!, At, Why!);
        }
    }
}

/// <summary>
/// Walks that mostly follow the agreed lifecycle, so deep states (follow-up, completed) are reached,
/// mixed with arbitrary attempts that are usually unlawful. The walk's own idea of the status
/// only trusts its lawful moves; a noise attempt that happens to succeed just makes later
/// "lawful" moves be refused, which the properties must also survive.
/// </summary>
public static class ReferralAttempts
{
    public static Arbitrary<ReferralAttempt[]> Walk() =>
        Gen.ListOf(from kind in Gen.Choose(0, 7) from pick in Gen.Choose(0, 1000) from noise in AnyAttempt() select (kind, pick, noise))
            .Select(seeds =>
            {
                var assumed = Received;
                var attempts = new List<ReferralAttempt>();
                foreach (var (kind, pick, noise) in seeds)
                {
                    // 1 in 8 noise, 1 in 8 a lawful closure, otherwise a lawful move that keeps the referral open.
                    var lawful = AgreedReferralLifecycle.LawfulMoves(assumed).Where(m => (m.Target == Closed) == (kind == 7)).ToList();
                    if (kind == 0 || lawful.Count == 0)
                    {
                        attempts.Add(noise);
                        continue;
                    }
                    var (target, reason) = lawful[pick % lawful.Count];
                    attempts.Add(noise with { Target = target, ClosureReason = reason, Actor = "lw-1", Why = "As planned" });
                    assumed = target;
                }
                return attempts.ToArray();
            })
            .ToArbitrary();

    public static Gen<ReferralAttempt> AnyAttempt() =>
        from target in Gen.Elements(Enum.GetValues<ReferralStatus>())
        from closure in Gen.Frequency(
            (1, Gen.Constant<ClosureReason?>(null)),
            (3, Gen.Elements(Enum.GetValues<ClosureReason>()).Select(r => (ClosureReason?)r)))
        from actor in Gen.Frequency((9, Gen.Constant<string?>("lw-1")), (1, Gen.Elements<string?>(null, "", "  ")))
        from why in Gen.Frequency((9, Gen.Elements<string?>("Phoned", "Plan agreed", "Choir said yes")), (1, Gen.Elements<string?>(null, "", " ")))
        from minutes in Gen.Choose(0, 100_000)
        select new ReferralAttempt(target, closure, actor, why, DateTimeOffset.UnixEpoch.AddMinutes(minutes));

    public static Arbitrary<ReferralAttempt> Attempt() => AnyAttempt().ToArbitrary();
}
