using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>A referral and its kept history; every status change goes through <see cref="ReferralLifecycle"/>.</summary>
public sealed class Referral
{
    private readonly List<ReferralTransition> _history = [];

    private Referral(Guid id, Guid personId, ReferralDetails details, string receivedBy, DateTimeOffset receivedAt, ReferralStatus start)
    {
        if (!ReferralLifecycle.Starts.Contains(start))
        {
            throw new DomainException($"A referral cannot start as {start}.", "status");
        }
        Status = start;
        Id = id;
        PersonId = personId;
        Details = details;
        ReceivedBy = Text.Required(receivedBy, "receivedBy", "Who received the referral");
        ReceivedAt = receivedAt;
    }

    public Guid Id { get; }
    public Guid PersonId { get; }
    public ReferralDetails Details { get; private set; }
    public string ReceivedBy { get; }
    public DateTimeOffset ReceivedAt { get; }
    public ReferralStatus Status { get; private set; }
    public ReferralClosure? Closure { get; private set; }

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<ReferralTransition> History => _history;

    public static Referral Receive(Guid id, Guid personId, ReferralDetails details, string receivedBy, DateTimeOffset receivedAt) =>
        new(id, personId, details, receivedBy, receivedAt, ReferralStatus.Received);

    /// <summary>A person's own referral from the public web: it waits for a link worker's safeguarding triage.</summary>
    public static Referral ReceiveSelfReferral(Guid id, Guid personId, ReferralDetails details, string receivedBy, DateTimeOffset receivedAt) =>
        details.Source == ReferralSource.SelfReferral
            ? new(id, personId, details, receivedBy, receivedAt, ReferralStatus.AwaitingTriage)
            : throw new DomainException("Only a self-referral waits for triage.", "source");

    /// <summary>
    /// Rebuilds a stored referral by replaying its history through the lifecycle, so a stored
    /// history the rules forbid is refused rather than carried on.
    /// </summary>
    /// <param name="start">Where it started (<see cref="ReferralLifecycle.Starts"/>): its first step's From, or its status if none.</param>
    public static Referral Restore(
        Guid id,
        Guid personId,
        ReferralDetails details,
        string receivedBy,
        DateTimeOffset receivedAt,
        IEnumerable<ReferralTransition> history,
        ReferralClosure? closure,
        ReferralStatus start = ReferralStatus.Received)
    {
        var referral = new Referral(id, personId, details, receivedBy, receivedAt, start);
        foreach (var step in history)
        {
            if (step.From != referral.Status)
            {
                throw new DomainException($"The stored history is broken: a step from {step.From} follows a step ending in {referral.Status}.", "history");
            }
            referral.Record(ReferralLifecycle.Transition(step.From, step.To, step.ActorId, step.At, step.Reason, step.ClosureReason, step.Triage));
        }
        if ((referral.Status == ReferralStatus.Closed) != (closure is not null) || closure?.Reason != referral._history.LastOrDefault()?.ClosureReason)
        {
            throw new DomainException("The stored closure does not match the referral's last step.", "closure");
        }
        referral.Closure = closure;
        return referral;
    }

    /// <summary>Moves to any open status; use <see cref="Close"/> to close, which needs an outcome.</summary>
    public ReferralTransition MoveTo(ReferralStatus target, string actorId, DateTimeOffset at, string reason)
    {
        if (target == ReferralStatus.Closed)
        {
            throw new DomainException("Closing a referral needs a reason, an outcome and a summary: use Close.", "status");
        }
        return Record(ReferralLifecycle.Transition(Status, target, actorId, at, reason));
    }

    /// <summary>
    /// The link worker's safeguarding triage of a self-referral, before first contact; the note says what they checked
    /// or to whom they escalated. An escalated concern marks the referral urgent with that safeguarding note.
    /// </summary>
    public ReferralTransition Triage(TriageOutcome outcome, string actorId, DateTimeOffset at, string note)
    {
        var transition = Record(ReferralLifecycle.Transition(Status, ReferralStatus.Received, actorId, at, note, triage: outcome));
        if (outcome == TriageOutcome.UrgentConcernEscalated)
        {
            Details = new ReferralDetails(Details.Source, Details.Referrer, Details.Reason, Urgency.Urgent, true, transition.Reason, Details.Code);
        }
        return transition;
    }

    /// <summary>Closes the referral; the summary is kept as the reason for the last step.</summary>
    public ReferralTransition Close(ReferralClosure closure, string actorId, DateTimeOffset at)
    {
        var transition = Record(ReferralLifecycle.Transition(Status, ReferralStatus.Closed, actorId, at, closure.Summary, closure.Reason));
        Closure = closure;
        return transition;
    }

    /// <summary>Corrects what the referral says, e.g. a safeguarding concern raised later; not once closed.</summary>
    public void ChangeDetails(ReferralDetails details)
    {
        if (!ReferralLifecycle.IsOpen(Status))
        {
            throw new DomainException("A closed referral cannot be changed.", "status");
        }
        Details = details;
    }

    private ReferralTransition Record(ReferralTransition transition)
    {
        _history.Add(transition);
        Status = transition.To;
        return transition;
    }
}
