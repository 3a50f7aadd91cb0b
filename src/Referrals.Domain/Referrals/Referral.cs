using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>
/// A referral, its kept history and what the conversation and plan recorded; every status change goes through
/// <see cref="ReferralLifecycle"/>, and nothing more is recorded once it is closed.
/// </summary>
public sealed class Referral
{
    private readonly List<ReferralTransition> _history = [];
    private readonly List<ConversationNote> _notes = [];

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

    /// <summary>The conversation notes, oldest first.</summary>
    public IReadOnlyList<ConversationNote> Notes => _notes;

    public ReferralNeeds Needs { get; private set; } = ReferralNeeds.None;
    public CarePlan? Plan { get; private set; }

    /// <summary>When the team was last in touch: the latest note or change of status after the referral arrived.</summary>
    public DateTimeOffset? LastContactAt =>
        _notes.Select(n => (DateTimeOffset?)n.WrittenAt)
            .Concat(_history.Where(h => h.To != ReferralStatus.Received).Select(h => (DateTimeOffset?)h.At))
            .Max();

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
        ReferralStatus start = ReferralStatus.Received,
        ReferralCasework? casework = null)
    {
        var referral = new Referral(id, personId, details, receivedBy, receivedAt, start);
        casework ??= ReferralCasework.None;
        referral._notes.AddRange(casework.Notes);
        (referral.Needs, referral.Plan) = (casework.Needs, casework.Plan);
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

    /// <summary>
    /// Moves to any open status; use <see cref="Close"/> to close, which needs an outcome. "Assessed" means the
    /// conversation happened and a plan is agreed, so it needs the plan first.
    /// </summary>
    public ReferralTransition MoveTo(ReferralStatus target, string actorId, DateTimeOffset at, string reason)
    {
        if (target == ReferralStatus.Closed)
        {
            throw new DomainException("Closing a referral needs a reason, an outcome and a summary: use Close.", "status");
        }
        if (target == ReferralStatus.Assessed && Plan is null)
        {
            throw new DomainException("Agree a plan with the person (PUT …/plan) before marking the referral assessed.", "plan");
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

    public ConversationNote AddNote(string? text, string writtenBy, DateTimeOffset at)
    {
        EnsureOpen();
        var note = new ConversationNote(
            string.IsNullOrWhiteSpace(text) ? throw new DomainException("A note needs some text.", "text") : text.Trim(), writtenBy, at);
        _notes.Add(note);
        return note;
    }

    /// <summary>Records what the conversation found, replacing what it found before.</summary>
    public void SetNeeds(ReferralNeeds needs)
    {
        EnsureOpen();
        Needs = needs;
    }

    /// <summary>Agrees the plan (see <see cref="CarePlan.Agree"/>), replacing the one agreed before.</summary>
    public CarePlan AgreePlan(IReadOnlyList<PlanGoal>? goals, DateOnly? reviewOn, string agreedBy, DateTimeOffset at, DateOnly today)
    {
        EnsureOpen();
        Plan = CarePlan.Agree(goals, reviewOn, agreedBy, at, today);
        return Plan;
    }

    /// <summary>Nothing more is recorded against a closed referral; checked before anything else about a change.</summary>
    public void EnsureOpen()
    {
        if (!ReferralLifecycle.IsOpen(Status))
        {
            throw new DomainException("The referral is closed; nothing more can be recorded against it.", "status");
        }
    }

    private ReferralTransition Record(ReferralTransition transition)
    {
        _history.Add(transition);
        Status = transition.To;
        return transition;
    }
}
