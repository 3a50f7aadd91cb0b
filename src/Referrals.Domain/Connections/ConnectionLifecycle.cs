using System.Globalization;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Common;
using static SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;

namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>
/// Every rule about how a connection's status may change, and nowhere else.
/// <list type="bullet">
/// <item>Suggested → Requested (holds a place) | Withdrawn.</item>
/// <item>Requested → Accepted | Declined (reason required) | Expired (only once the provider's agreed
/// working days have passed with no answer) | Withdrawn.</item>
/// <item>Accepted → Attended | DidNotAttend | DroppedOut (never started) | Withdrawn.</item>
/// <item>DidNotAttend → Attended (came to a later session) | DroppedOut | Withdrawn.</item>
/// <item>Attended → Finished | DroppedOut.</item>
/// <item>Declined, Expired, Finished, DroppedOut and Withdrawn are final.</item>
/// </list>
/// A place is held exactly while the connection is Requested, Accepted, DidNotAttend or Attended, so
/// each result says whether the service must hold or release it at the directory. Declining,
/// withdrawing and dropping out need a reason; every transition needs who made it.
/// </summary>
public sealed class ConnectionLifecycle(IWorkingDayCalendar calendar)
{
    private static readonly Dictionary<ConnectionStatus, ConnectionStatus[]> Targets = new()
    {
        [Suggested] = [Requested, Withdrawn],
        [Requested] = [Accepted, Declined, Expired, Withdrawn],
        [Accepted] = [Attended, DidNotAttend, DroppedOut, Withdrawn],
        [DidNotAttend] = [Attended, DroppedOut, Withdrawn],
        [Attended] = [Finished, DroppedOut],
        [Declined] = [],
        [Expired] = [],
        [Finished] = [],
        [DroppedOut] = [],
        [Withdrawn] = [],
    };

    private static readonly ConnectionStatus[] MainPath = [Suggested, Requested, Accepted, Attended, Finished];

    /// <summary>What the provider running the activity may record: how the person's attendance went.</summary>
    public static readonly IReadOnlyList<ConnectionStatus> AttendanceOutcomes = [Attended, DidNotAttend, DroppedOut];

    private static readonly ConnectionStatus[] NeedReason = [Declined, Withdrawn, DroppedOut];

    public static IReadOnlyList<ConnectionStatus> AllowedTargets(ConnectionStatus from) => Targets[Known(from, "from")];

    public static bool CanTransition(ConnectionStatus from, ConnectionStatus to) =>
        Targets[Known(from, "from")].Contains(Known(to, "to"));

    public static bool IsFinal(ConnectionStatus status) => Targets[Known(status, "status")].Length == 0;

    public static bool HoldsPlace(ConnectionStatus status) => status is Requested or Accepted or DidNotAttend or Attended;

    /// <summary>The last UK date on which the provider may answer; the request date itself is not counted.</summary>
    public DateOnly AnswerDueBy(ResponseWindow window) =>
        WorkingDays.Add(WorkingDays.UkDateOf(window.RequestedAt), window.AgreedWorkingDays, calendar);

    /// <summary>Whether, at <paramref name="now"/>, the whole of the agreed time has passed.</summary>
    public bool HasElapsed(ResponseWindow window, DateTimeOffset now) =>
        WorkingDays.UkDateOf(now) > AnswerDueBy(window);

    /// <param name="window">Needed to expire a request; ignored otherwise.</param>
    public ConnectionTransitionResult Transition(
        ConnectionStatus from,
        ConnectionStatus to,
        string actorId,
        DateTimeOffset at,
        string? reason = null,
        ResponseWindow? window = null)
    {
        if (!CanTransition(from, to))
        {
            throw new DomainException(ExplainMissingEdge(from, to), "status");
        }
        if (to == Expired)
        {
            CheckMayExpire(window, at);
        }
        var why = NeedReason.Contains(to)
            ? Text.Required(reason, "reason", $"A reason for {to switch { Declined => "declining", DroppedOut => "dropping out", _ => "withdrawing" }}")
            : Text.Optional(reason);
        var transition = new ConnectionTransition(from, to, Text.Required(actorId, "actorId", "Who made the change"), at, why);
        return new ConnectionTransitionResult(transition, PlaceEffectOf(from, to));
    }

    private void CheckMayExpire(ResponseWindow? window, DateTimeOffset at)
    {
        if (window is null)
        {
            throw new DomainException("A request can only expire against the time the provider agreed to answer in.", "window");
        }
        if (!HasElapsed(window, at))
        {
            throw new DomainException(
                $"The request cannot expire yet: the provider agreed to answer within {window.AgreedWorkingDays} working days, which runs to the end of {AnswerDueBy(window).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.",
                "status");
        }
    }

    private static PlaceEffect PlaceEffectOf(ConnectionStatus from, ConnectionStatus to) =>
        (HoldsPlace(from), HoldsPlace(to)) switch
        {
            (false, true) => PlaceEffect.Hold,
            (true, false) => PlaceEffect.Release,
            _ => PlaceEffect.None,
        };

    private static string ExplainMissingEdge(ConnectionStatus from, ConnectionStatus to) =>
        from == to ? $"The connection is already {from}."
        : IsFinal(from) ? $"A connection that is {from} cannot move to {to}: {from} is final; suggest a new connection instead."
        : SkippedSteps.Between(MainPath, from, to, s => s.ToString().ToLowerInvariant()) is { } steps
            ? $"A connection that is {from} cannot move to {to}: it must be {steps} first."
        : $"A connection that is {from} cannot move to {to}; from {from} it can move to: {string.Join(", ", Targets[from])}.";

    private static ConnectionStatus Known(ConnectionStatus status, string field) =>
        Enum.IsDefined(status) ? status : throw new DomainException($"Unknown connection status {(int)status}.", field);
}
