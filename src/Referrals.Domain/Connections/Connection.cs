using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>A referral's connection to one activity or one volunteer, with its kept history.</summary>
public sealed class Connection
{
    private readonly List<ConnectionTransition> _history = [];

    private Connection(Guid id, Guid referralId, ConnectionTarget target, int agreedResponseWorkingDays, string suggestedBy, DateTimeOffset suggestedAt)
    {
        Id = id;
        ReferralId = referralId;
        Target = target;
        // Checked here so a bad agreement is refused when suggested, not when the request is sent.
        AgreedResponseWorkingDays = new ResponseWindow(suggestedAt, agreedResponseWorkingDays).AgreedWorkingDays;
        SuggestedBy = Text.Required(suggestedBy, "actorId", "Who suggested the connection");
        SuggestedAt = suggestedAt;
    }

    public Guid Id { get; }
    public Guid ReferralId { get; }
    public ConnectionTarget Target { get; }

    /// <summary>The provider's agreed response time when the connection was suggested.</summary>
    public int AgreedResponseWorkingDays { get; }

    public string SuggestedBy { get; }
    public DateTimeOffset SuggestedAt { get; }
    public ConnectionStatus Status { get; private set; } = ConnectionStatus.Suggested;

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<ConnectionTransition> History => _history;

    public bool HoldsPlace => ConnectionLifecycle.HoldsPlace(Status);

    /// <summary>Set once the request has been sent.</summary>
    public ResponseWindow? Window =>
        _history.FirstOrDefault(t => t.To == ConnectionStatus.Requested) is { } requested
            ? new ResponseWindow(requested.At, AgreedResponseWorkingDays)
            : null;

    public static Connection Suggest(
        Guid id,
        Guid referralId,
        ConnectionTarget target,
        string actorId,
        DateTimeOffset at,
        int agreedResponseWorkingDays = ResponseWindow.DefaultAgreedWorkingDays) =>
        new(id, referralId, target, agreedResponseWorkingDays, actorId, at);

    /// <summary>Rebuilds a stored connection by replaying its history through the lifecycle.</summary>
    public static Connection Restore(
        Guid id,
        Guid referralId,
        ConnectionTarget target,
        int agreedResponseWorkingDays,
        string suggestedBy,
        DateTimeOffset suggestedAt,
        IEnumerable<ConnectionTransition> history,
        ConnectionLifecycle lifecycle)
    {
        var connection = new Connection(id, referralId, target, agreedResponseWorkingDays, suggestedBy, suggestedAt);
        foreach (var step in history)
        {
            if (step.From != connection.Status)
            {
                throw new DomainException($"The stored history is broken: a step from {step.From} follows a step ending in {connection.Status}.", "history");
            }
            connection.MoveTo(step.To, step.ActorId, step.At, lifecycle, step.Reason);
        }
        return connection;
    }

    /// <summary>Moves the connection on; the result says whether to hold or release the place at the directory.</summary>
    public ConnectionTransitionResult MoveTo(ConnectionStatus target, string actorId, DateTimeOffset at, ConnectionLifecycle lifecycle, string? reason = null)
    {
        var result = lifecycle.Transition(Status, target, actorId, at, reason, Window);
        _history.Add(result.Transition);
        Status = result.Transition.To;
        return result;
    }
}
