using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>One named part of a score: a value from 0 to 1 and the reason for it. The formula lives only in <see cref="Value"/>.</summary>
internal interface IScorePart
{
    string Name { get; }

    double WeightIn(MatchingWeights weights);

    bool AppliesTo(CandidateKind kind);

    /// <summary>True when <see cref="Value"/> reads nothing of the pair but the candidate, so the scorer keeps each candidate's value.</summary>
    bool ReadsOnlyCandidate => false;

    /// <summary>True when <see cref="Value"/> reads nothing of the pair but the person, so it is the same for all their candidates.</summary>
    bool ReadsOnlyPerson => false;

    double Value(in Pair pair);

    string Reason(in Pair pair, double value);
}
