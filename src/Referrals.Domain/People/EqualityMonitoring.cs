namespace SocialPrescribing.Referrals.Domain.People;

public enum Sex
{
    Female,
    Male,
    PreferNotToSay,
}

public enum Disability
{
    Yes,
    No,
    PreferNotToSay,
}

/// <summary>
/// Optional answers kept only to report equity of access in aggregate; nothing about a single
/// person's care may depend on them, which is why matching never receives them. Each answer
/// may be left out (null) as well as declined.
/// </summary>
public sealed record EqualityMonitoring(Ethnicity? Ethnicity = null, Sex? Sex = null, Disability? Disability = null)
{
    public static readonly EqualityMonitoring NotGiven = new();
}
