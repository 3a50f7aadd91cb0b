namespace SocialPrescribing.Referrals.Domain.Referrals;

public enum ClosureReason
{
    Completed,
    DeclinedByPerson,
    UnableToContact,
    Moved,
    Other,
}
