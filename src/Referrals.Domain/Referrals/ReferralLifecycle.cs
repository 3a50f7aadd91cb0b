using SocialPrescribing.Referrals.Domain.Common;
using static SocialPrescribing.Referrals.Domain.Referrals.ClosureReason;
using static SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>
/// Every rule about how a referral's status may change, and nowhere else.
/// <para>The main path is Received → Contacted → Assessed → Connecting → Connected → FollowUp,
/// one step at a time. Beyond it:</para>
/// <list type="bullet">
/// <item>A self-referral from the public web starts AwaitingTriage; triage (with its outcome) moves it to Received,
/// so nobody contacts the person before a link worker has read what they wrote for safeguarding concerns.</item>
/// <item>Connecting → Assessed: no connection worked out and the plan is revisited.</item>
/// <item>Connected → Connecting: the person is connected and another connection is being made.</item>
/// <item>FollowUp → Connecting: follow-up shows the person needs reconnecting.</item>
/// <item>Any open status → Closed, with a reason the status allows (see <see cref="AllowedClosureReasons"/>):
/// declined by person, moved and other from anywhere open; unable to contact before assessment
/// or at follow-up (afterwards the link worker has been talking to the person); completed only
/// from follow-up, since completion is judged there.</item>
/// <item>Closed is final: a person who comes back gets a new referral.</item>
/// </list>
/// Every transition needs who made it and why.
/// </summary>
public static class ReferralLifecycle
{
    private static readonly ReferralStatus[] MainPath = [Received, Contacted, Assessed, Connecting, Connected, FollowUp];

    /// <summary>Where a referral may start: received by a link worker, or from the public web awaiting triage.</summary>
    public static readonly IReadOnlySet<ReferralStatus> Starts = new HashSet<ReferralStatus> { Received, AwaitingTriage };

    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Targets = new()
    {
        [AwaitingTriage] = [Received, Closed],
        [Received] = [Contacted, Closed],
        [Contacted] = [Assessed, Closed],
        [Assessed] = [Connecting, Closed],
        [Connecting] = [Connected, Assessed, Closed],
        [Connected] = [FollowUp, Connecting, Closed],
        [FollowUp] = [Connecting, Closed],
        [Closed] = [],
    };

    private static readonly Dictionary<ReferralStatus, ClosureReason[]> ClosureReasons = new()
    {
        [AwaitingTriage] = [DeclinedByPerson, UnableToContact, Moved, Other],
        [Received] = [DeclinedByPerson, UnableToContact, Moved, Other],
        [Contacted] = [DeclinedByPerson, UnableToContact, Moved, Other],
        [Assessed] = [DeclinedByPerson, Moved, Other],
        [Connecting] = [DeclinedByPerson, Moved, Other],
        [Connected] = [DeclinedByPerson, Moved, Other],
        [FollowUp] = [Completed, DeclinedByPerson, UnableToContact, Moved, Other],
        [Closed] = [],
    };

    private static readonly Dictionary<ClosureReason, string> ClosureReasonRules = new()
    {
        [Completed] = "a referral is completed only from follow-up",
        [UnableToContact] = "unable to contact applies before assessment or at follow-up",
    };

    public static IReadOnlyList<ReferralStatus> AllowedTargets(ReferralStatus from) => Targets[Known(from, "from")];

    public static IReadOnlyList<ClosureReason> AllowedClosureReasons(ReferralStatus from) => ClosureReasons[Known(from, "from")];

    public static bool IsOpen(ReferralStatus status) => status != Closed;

    /// <summary>Whether a link worker may act for the person (contact them, connect them): not while a self-referral awaits triage.</summary>
    public static bool IsTriaged(ReferralStatus status) => status != AwaitingTriage;

    /// <summary>
    /// Whether the move is allowed. For a move to Closed without a reason, whether closing is
    /// possible at all; with a reason, whether that reason is allowed from <paramref name="from"/>.
    /// Likewise triage without its outcome: whether triage is possible at all.
    /// </summary>
    public static bool CanTransition(ReferralStatus from, ReferralStatus to, ClosureReason? closureReason = null) =>
        WhyNot(from, to, closureReason, triage: null, complete: false) is null;

    /// <summary>The move from <see cref="AwaitingTriage"/> to <see cref="Received"/>, which needs its outcome.</summary>
    public static bool IsTriage(ReferralStatus from, ReferralStatus to) => from == AwaitingTriage && to == Received;

    /// <summary>Checks the move and returns its record, or throws a <see cref="DomainException"/> that explains the refusal.</summary>
    public static ReferralTransition Transition(
        ReferralStatus from,
        ReferralStatus to,
        string actorId,
        DateTimeOffset at,
        string reason,
        ClosureReason? closureReason = null,
        TriageOutcome? triage = null)
    {
        var refusal = WhyNot(from, to, closureReason, triage, complete: true);
        if (refusal is not null)
        {
            throw new DomainException(refusal.Value.Message, refusal.Value.Field);
        }
        return new ReferralTransition(
            from,
            to,
            Text.Required(actorId, "actorId", "Who made the change"),
            at,
            Text.Required(reason, "reason", $"Why the referral moves to {to}"),
            closureReason,
            triage);
    }

    /// <param name="complete">Whether the move must carry what it records (a closure reason, a triage outcome), as a real move does.</param>
    private static (string Field, string Message)? WhyNot(
        ReferralStatus from, ReferralStatus to, ClosureReason? closureReason, TriageOutcome? triage, bool complete)
    {
        Known(from, "from");
        Known(to, "to");
        if (closureReason is { } unknown && !Enum.IsDefined(unknown))
        {
            return ("closureReason", $"Unknown closure reason {(int)unknown}.");
        }
        if (triage is { } unknownOutcome && !Enum.IsDefined(unknownOutcome))
        {
            return ("triage", $"Unknown triage outcome {(int)unknownOutcome}.");
        }
        if (from == Closed)
        {
            return ("status", $"A referral that is Closed cannot move to {to}: a closed referral is final; make a new referral instead.");
        }
        if (from == to)
        {
            return ("status", $"The referral is already {from}.");
        }
        if (!Targets[from].Contains(to))
        {
            return ("status", ExplainMissingEdge(from, to));
        }
        if (to != Closed && closureReason is not null)
        {
            return ("closureReason", "A closure reason is only given when closing a referral.");
        }
        if (IsTriage(from, to))
        {
            return triage is null && complete
                ? ("triage", "Triaging a self-referral needs its outcome: safe to proceed, or urgent concern escalated.")
                : null;
        }
        if (triage is not null)
        {
            return ("triage", "A triage outcome is only given when triaging a self-referral.");
        }
        if (to != Closed)
        {
            return null;
        }
        if (closureReason is not { } given)
        {
            return complete
                ? ("closureReason", $"Closing a referral needs a closure reason; from {from} it can be one of: {List(ClosureReasons[from])}.")
                : null;
        }
        if (!ClosureReasons[from].Contains(given))
        {
            var rule = ClosureReasonRules.TryGetValue(given, out var text) ? $"{text}; " : "";
            return ("closureReason", $"A referral that is {from} cannot be closed as {given}: {rule}from {from} it can be closed as: {List(ClosureReasons[from])}.");
        }
        return null;
    }

    private static string ExplainMissingEdge(ReferralStatus from, ReferralStatus to) =>
        from == AwaitingTriage
            ? $"A self-referral awaiting triage cannot move to {to}: a link worker must triage it for safeguarding first."
            : SkippedSteps.Between(MainPath, from, to, Participle) is { } steps
            ? $"A referral that is {from} cannot move to {to}: it must be {steps} first."
            : $"A referral that is {from} cannot move back to {to}; from {from} it can move to: {List(Targets[from])}.";

    private static string Participle(ReferralStatus status) => status switch
    {
        FollowUp => "followed up",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string List<T>(IEnumerable<T> items) => string.Join(", ", items);

    private static ReferralStatus Known(ReferralStatus status, string field) =>
        Enum.IsDefined(status) ? status : throw new DomainException($"Unknown referral status {(int)status}.", field);
}
