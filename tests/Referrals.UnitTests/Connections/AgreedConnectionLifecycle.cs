using SocialPrescribing.Referrals.Domain.Connections;
using static SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;

namespace SocialPrescribing.Referrals.UnitTests.Connections;

/// <summary>The connection lifecycle as agreed, written out by hand independently of the implementation.</summary>
internal static class AgreedConnectionLifecycle
{
    public static readonly HashSet<(ConnectionStatus From, ConnectionStatus To)> Edges =
    [
        (Suggested, Requested), (Suggested, Withdrawn),
        (Requested, Accepted), (Requested, Declined), (Requested, Expired), (Requested, Withdrawn),
        (Accepted, Attended), (Accepted, DidNotAttend), (Accepted, DroppedOut), (Accepted, Withdrawn),
        (DidNotAttend, Attended), (DidNotAttend, DroppedOut), (DidNotAttend, Withdrawn),
        (Attended, Finished), (Attended, DroppedOut),
    ];

    public static readonly ConnectionStatus[] Final = [Declined, Expired, Finished, DroppedOut, Withdrawn];

    public static readonly ConnectionStatus[] HoldingAPlace = [Requested, Accepted, DidNotAttend, Attended];
}
