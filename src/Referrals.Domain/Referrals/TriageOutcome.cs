namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>What a link worker's safeguarding triage of a self-referral found, before anyone contacts the person.</summary>
public enum TriageOutcome
{
    /// <summary>Nothing in what the person wrote needs more than the usual first contact.</summary>
    SafeToProceed,
    /// <summary>An urgent concern was passed to the safeguarding lead or an emergency service; contact the person urgently.</summary>
    UrgentConcernEscalated,
}
