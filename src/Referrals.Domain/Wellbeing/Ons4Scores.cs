using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Wellbeing;

/// <summary>
/// The ONS personal wellbeing questions, each answered 0–10. They measure different things and
/// are reported one by one, never added up; for <see cref="Anxiety"/> lower is better. A person may
/// prefer not to answer a question (null): the others still count, each on its own.
/// </summary>
public sealed record Ons4Scores
{
    public const int Lowest = 0;
    public const int Highest = 10;

    public Ons4Scores(int? lifeSatisfaction, int? worthwhile, int? happiness, int? anxiety)
    {
        var errors = new FieldErrors();
        foreach (var (field, score) in new[]
        {
            ("lifeSatisfaction", lifeSatisfaction),
            ("worthwhile", worthwhile),
            ("happiness", happiness),
            ("anxiety", anxiety),
        })
        {
            errors.Check(score is null or (>= Lowest and <= Highest), field, $"An ONS4 answer is from {Lowest} to {Highest}; {score} is out of range.");
        }
        errors.Check(new[] { lifeSatisfaction, worthwhile, happiness, anxiety }.Any(score => score is not null), "ons4",
            "At least one ONS4 question needs an answer; leave ONS4 out when all were declined.");
        errors.ThrowIfAny();
        (LifeSatisfaction, Worthwhile, Happiness, Anxiety) = (lifeSatisfaction, worthwhile, happiness, anxiety);
    }

    /// <summary>"Overall, how satisfied are you with your life nowadays?"</summary>
    public int? LifeSatisfaction { get; }

    /// <summary>"Overall, to what extent do you feel that the things you do in your life are worthwhile?"</summary>
    public int? Worthwhile { get; }

    /// <summary>"Overall, how happy did you feel yesterday?"</summary>
    public int? Happiness { get; }

    /// <summary>"Overall, how anxious did you feel yesterday?" Lower is better.</summary>
    public int? Anxiety { get; }
}
