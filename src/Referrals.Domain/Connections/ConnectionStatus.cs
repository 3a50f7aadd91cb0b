namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>A connection's lifecycle; <see cref="ConnectionLifecycle"/> holds the rules.</summary>
public enum ConnectionStatus
{
    Suggested,
    /// <summary>Sent to the provider; a place is held while they answer.</summary>
    Requested,
    Accepted,
    Declined,
    /// <summary>The provider did not answer within its agreed response time.</summary>
    Expired,
    Attended,
    /// <summary>Missed the first session after being accepted; the place is kept for a later one.</summary>
    DidNotAttend,
    Finished,
    DroppedOut,
    /// <summary>Called off by the link worker, e.g. the referral closed or the person chose something else.</summary>
    Withdrawn,
}
