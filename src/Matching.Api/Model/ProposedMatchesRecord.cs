using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Matching.Model;

/// <summary>The suggestions last announced for a referral, so an unchanged list is not announced again.</summary>
public sealed class ProposedMatchesRecord
{
    public Guid ReferralId { get; init; }
    public List<ProposedMatch> Matches { get; set; } = [];
    public DateTimeOffset ProposedAt { get; set; }
}
