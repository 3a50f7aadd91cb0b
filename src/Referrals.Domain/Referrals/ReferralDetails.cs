using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>What the referral says when it arrives.</summary>
public sealed record ReferralDetails
{
    /// <param name="referrer">Required unless the person referred themselves.</param>
    /// <param name="code">Defaults to 871731000000106 |Referral to social prescribing service|.</param>
    /// <param name="safeguardingNote">Required when <paramref name="safeguardingConcern"/> is set, so the concern is never a bare flag.</param>
    public ReferralDetails(
        ReferralSource source,
        Referrer? referrer,
        string reason,
        Urgency urgency,
        bool safeguardingConcern = false,
        string? safeguardingNote = null,
        SnomedCode? code = null)
    {
        Source = source;
        Referrer = referrer;
        Reason = Text.Optional(reason) ?? "";
        Urgency = urgency;
        SafeguardingConcern = safeguardingConcern;
        SafeguardingNote = Text.Optional(safeguardingNote);
        Code = code ?? SnomedCode.ReferralToSocialPrescribing;

        var errors = new FieldErrors();
        errors.Check(Enum.IsDefined(source), "source", $"Unknown referral source {(int)source}.");
        errors.Check(Enum.IsDefined(urgency), "urgency", $"Unknown urgency {(int)urgency}.");
        errors.Check(referrer is not null || source == ReferralSource.SelfReferral, "referrer",
            $"A referral from {source} needs the referrer's details; only a self-referral has none.");
        errors.Check(Reason.Length > 0, "reason", "The reason for referral is required.");
        errors.Check(!safeguardingConcern || SafeguardingNote is not null, "safeguardingNote",
            "A safeguarding concern needs a note saying what the concern is.");
        errors.ThrowIfAny();
    }

    public ReferralSource Source { get; }
    public Referrer? Referrer { get; }
    public string Reason { get; }
    public Urgency Urgency { get; }
    public bool SafeguardingConcern { get; }
    public string? SafeguardingNote { get; }
    public SnomedCode Code { get; }
}
