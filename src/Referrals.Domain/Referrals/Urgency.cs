namespace SocialPrescribing.Referrals.Domain.Referrals;

public enum Urgency
{
    Routine,
    Soon,
    Urgent,
}
