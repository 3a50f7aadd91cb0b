namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>One person's ONS4 life-satisfaction answers (0-10) before and after, from the referrals service's outcome events.</summary>
public readonly record struct LifeSatisfactionChange(int Before, int After)
{
    public int Points => After - Before;
}
