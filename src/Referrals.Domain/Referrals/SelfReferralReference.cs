namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>
/// The reference a person quotes about their self-referral: the last eight hex digits of its id (the random part of a
/// version 7 id), in two groups of four, easy to read out on the phone.
/// </summary>
public static class SelfReferralReference
{
    public static string Of(Guid referralId)
    {
        var tail = referralId.ToString("N")[^8..].ToUpperInvariant();
        return $"SR-{tail[..4]}-{tail[4..]}";
    }
}
