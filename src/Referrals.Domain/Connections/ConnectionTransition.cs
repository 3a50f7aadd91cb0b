namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>One change of a connection's status: who made it, when and why.</summary>
public sealed record ConnectionTransition(
    ConnectionStatus From,
    ConnectionStatus To,
    string ActorId,
    DateTimeOffset At,
    string? Reason);

/// <summary>The recorded change and what it means for the held place.</summary>
public sealed record ConnectionTransitionResult(ConnectionTransition Transition, PlaceEffect Place);
