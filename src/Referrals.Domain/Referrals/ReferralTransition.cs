namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>One change of a referral's status: who made it, when and why.</summary>
/// <param name="ClosureReason">Set exactly when <paramref name="To"/> is <see cref="ReferralStatus.Closed"/>.</param>
/// <param name="Triage">Set exactly when a self-referral leaves <see cref="ReferralStatus.AwaitingTriage"/> for <see cref="ReferralStatus.Received"/>.</param>
public sealed record ReferralTransition(
    ReferralStatus From,
    ReferralStatus To,
    string ActorId,
    DateTimeOffset At,
    string Reason,
    ClosureReason? ClosureReason = null,
    TriageOutcome? Triage = null);
