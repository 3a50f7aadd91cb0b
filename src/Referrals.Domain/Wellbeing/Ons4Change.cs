namespace SocialPrescribing.Referrals.Domain.Wellbeing;

/// <summary>
/// Later minus baseline, question by question. A rise is better for the first three; for
/// <see cref="Anxiety"/> a fall is better, which <see cref="AnxietyImprovement"/> states plainly.
/// A question left unanswered in either measurement has no change (null).
/// </summary>
public sealed record Ons4Change(int? LifeSatisfaction, int? Worthwhile, int? Happiness, int? Anxiety)
{
    public int? AnxietyImprovement => -Anxiety;

    public static Ons4Change Between(Ons4Scores baseline, Ons4Scores latest) => new(
        latest.LifeSatisfaction - baseline.LifeSatisfaction,
        latest.Worthwhile - baseline.Worthwhile,
        latest.Happiness - baseline.Happiness,
        latest.Anxiety - baseline.Anxiety);
}
