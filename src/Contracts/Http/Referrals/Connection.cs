namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>A connection of a referred person to an activity or a volunteer, and its moves.</summary>
/// <param name="RequestedByName">The link worker who sent the request, for the provider to reply to.</param>
public sealed record Connection(
    Guid Id,
    Guid ReferralId,
    Guid PersonId,
    Guid TeamId,
    string TargetKind,
    Guid TargetId,
    Guid ProviderId,
    string? TargetName,
    int AgreedResponseWorkingDays,
    string SuggestedBy,
    DateTimeOffset SuggestedAt,
    string Status,
    DateOnly? AnswerDueBy,
    string? RequestedByName,
    string? RequestedByEmail,
    IReadOnlyList<ConnectionTransition> History,
    uint Version);

public sealed record ConnectionTransition(string From, string To, string ActorId, DateTimeOffset At, string? Reason);
