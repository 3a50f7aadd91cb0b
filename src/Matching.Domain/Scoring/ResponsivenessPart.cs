using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// The provider's record with connection requests (activities only): the mean of its answer rate, its
/// acceptance rate and its promptness (1 for same-day answers, falling to 0 at <see cref="SlowDays"/> days).
/// A provider with no record yet gets <see cref="NoRecord"/>, neither helped nor held back.
/// </summary>
internal sealed class ResponsivenessPart : IScorePart
{
    public const double SlowDays = 14;
    public const double NoRecord = 0.5;

    public string Name => ScorePartNames.Responsiveness;

    public double WeightIn(MatchingWeights weights) => weights.Responsiveness;

    public bool AppliesTo(CandidateKind kind) => kind == CandidateKind.Activity;

    public bool ReadsOnlyCandidate => true;

    public double Value(in Pair pair) => ((ActivityEntry)pair.Candidate).Source.Provider is { } record
        ? (record.AnswerRate + record.AcceptanceRate + Math.Max(0, 1 - (record.MedianDaysToAnswer / SlowDays))) / 3
        : NoRecord;

    public string Reason(in Pair pair, double value) => ((ActivityEntry)pair.Candidate).Source.Provider is { } record
        ? Invariant($"The provider answers {record.AnswerRate * 100:0}% of requests and accepts {record.AcceptanceRate * 100:0}%, usually within {record.MedianDaysToAnswer:0.#} days.")
        : "The provider has no record of answering requests yet.";
}
