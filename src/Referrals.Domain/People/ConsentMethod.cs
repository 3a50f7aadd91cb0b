namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>How the person gave or withdrew consent, as the record must show.</summary>
public enum ConsentMethod
{
    Verbal,
    Written,
    Online,
}
