namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>Both can be true: carers are often cared for too (NHS principle: identify and support carers).</summary>
public sealed record CarerStatus(bool IsCarer, bool IsCaredFor)
{
    public static readonly CarerStatus Neither = new(false, false);
}
