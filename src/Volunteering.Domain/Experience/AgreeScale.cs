namespace SocialPrescribing.Volunteering.Domain.Experience;

/// <summary>The five-point answer to a statement such as "I feel useful".</summary>
public enum AgreeScale
{
    StronglyDisagree = 1,
    Disagree,
    NeitherAgreeNorDisagree,
    Agree,
    StronglyAgree,
}

public static class AgreeScales
{
    /// <summary>What a report counts as agreeing: "agree" or "strongly agree".</summary>
    public static bool IsAgreement(this AgreeScale answer) => answer >= AgreeScale.Agree;
}
