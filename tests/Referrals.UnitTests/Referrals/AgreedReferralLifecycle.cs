using SocialPrescribing.Referrals.Domain.Referrals;
using static SocialPrescribing.Referrals.Domain.Referrals.ClosureReason;
using static SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.UnitTests.Referrals;

/// <summary>The referral lifecycle as agreed, written out by hand independently of the implementation.</summary>
internal static class AgreedReferralLifecycle
{
    public static readonly HashSet<(ReferralStatus From, ReferralStatus To)> Edges =
    [
        (Received, Contacted), (Contacted, Assessed), (Assessed, Connecting), (Connecting, Connected), (Connected, FollowUp),
        (Connecting, Assessed), (Connected, Connecting), (FollowUp, Connecting),
        (AwaitingTriage, Received), (AwaitingTriage, Closed),
        (Received, Closed), (Contacted, Closed), (Assessed, Closed), (Connecting, Closed), (Connected, Closed), (FollowUp, Closed),
    ];

    public static bool MayCloseAs(ReferralStatus from, ClosureReason reason) => from != Closed && reason switch
    {
        Completed => from == FollowUp,
        UnableToContact => from is AwaitingTriage or Received or Contacted or FollowUp,
        _ => true,
    };

    /// <summary>Every lawful (target, closure reason) from <paramref name="from"/>.</summary>
    public static IReadOnlyList<(ReferralStatus Target, ClosureReason? Reason)> LawfulMoves(ReferralStatus from) =>
    [
        .. Edges.Where(e => e.From == from && e.To != Closed).Select(e => (e.To, (ClosureReason?)null)),
        .. Enum.GetValues<ClosureReason>().Where(r => MayCloseAs(from, r)).Select(r => (Closed, (ClosureReason?)r)),
    ];
}
