using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Referrals.Model;

/// <summary>The matcher's latest suggestions for a referral, as it announced them, for the link worker to weigh with the person.</summary>
public sealed class SuggestionsRecord
{
    public Guid ReferralId { get; init; }
    public DateTimeOffset ProposedAt { get; set; }
    public List<ProposedMatch> Matches { get; set; } = [];
}
