using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>How a referral ended; the basis of the message back to the referrer.</summary>
/// <param name="Outcome">What came of it for the person, e.g. "Joined a walking group and a choir".</param>
/// <param name="Summary">The short note for the referrer.</param>
public sealed record ReferralClosure(ClosureReason Reason, string Outcome, string Summary)
{
    public ClosureReason Reason { get; } = Enum.IsDefined(Reason)
        ? Reason
        : throw new DomainException($"Unknown closure reason {(int)Reason}.", "closureReason");
    public string Outcome { get; } = Text.Required(Outcome, "outcome", "The outcome");
    public string Summary { get; } = Text.Required(Summary, "summary", "The summary for the referrer");

    /// <summary>The code sent to the referrer's record: declined when the person said no, otherwise the referral itself.</summary>
    public SnomedCode Code => Reason == ClosureReason.DeclinedByPerson
        ? SnomedCode.SocialPrescribingDeclined
        : SnomedCode.ReferralToSocialPrescribing;
}
