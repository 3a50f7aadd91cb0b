using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// People who have waited longer come first: days waited / <see cref="FullCreditDays"/>, up to 1.
/// Like deprivation, it is the same for all of one person's candidates and matters in allocation.
/// </summary>
internal sealed class WaitingPart : IScorePart
{
    /// <summary>Twelve weeks: a long wait for social prescribing.</summary>
    public const double FullCreditDays = 84;

    public string Name => ScorePartNames.Waiting;

    public double WeightIn(MatchingWeights weights) => weights.Waiting;

    public bool AppliesTo(CandidateKind kind) => true;

    public bool ReadsOnlyPerson => true;

    public double Value(in Pair pair) => Math.Min(1, pair.Person.DaysWaited / FullCreditDays);

    public string Reason(in Pair pair, double value) => Invariant($"The person has waited {Math.Floor(pair.Person.DaysWaited):0} days.");
}
