using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// Narrowing inequalities: people from more deprived areas come first. Decile 1 (most deprived) gives 1,
/// decile 10 gives 0, in even steps of 1/9. An unknown decile gives <see cref="Unknown"/>, neither helped nor held back.
/// The same for every candidate, so it changes who gets scarce places in an allocation, not the order of one person's suggestions.
/// </summary>
internal sealed class DeprivationPart : IScorePart
{
    public const double Unknown = 0.5;

    public string Name => ScorePartNames.Deprivation;

    public double WeightIn(MatchingWeights weights) => weights.Deprivation;

    public bool AppliesTo(CandidateKind kind) => true;

    public bool ReadsOnlyPerson => true;

    public double Value(in Pair pair) => pair.Person.DeprivationDecile is { } decile ? (10 - decile) / 9.0 : Unknown;

    public string Reason(in Pair pair, double value) => pair.Person.DeprivationDecile is { } decile
        ? $"The person lives in an area in deprivation decile {decile} (1 is most deprived)."
        : "The deprivation of the person's area is not known.";
}
