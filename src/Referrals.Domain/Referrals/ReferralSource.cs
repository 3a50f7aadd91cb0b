namespace SocialPrescribing.Referrals.Domain.Referrals;

public enum ReferralSource
{
    GpPractice,
    SelfReferral,
    Hospital,
    Council,
    Vcse,
    Other,
}
