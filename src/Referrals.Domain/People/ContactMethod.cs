namespace SocialPrescribing.Referrals.Domain.People;

public enum ContactMethod
{
    Phone,
    TextMessage,
    Email,
    Letter,
}
