namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>The referral lifecycle, in its usual order; <see cref="ReferralLifecycle"/> holds the rules.</summary>
public enum ReferralStatus
{
    /// <summary>A self-referral from the public web: a link worker triages it for safeguarding before first contact.</summary>
    AwaitingTriage,
    Received,
    Contacted,
    /// <summary>The "what matters to me" conversation has happened and a plan is agreed.</summary>
    Assessed,
    Connecting,
    Connected,
    FollowUp,
    Closed,
}
