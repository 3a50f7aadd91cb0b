using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Scoring;

namespace SocialPrescribing.Matching.Domain.Suggestions;

/// <summary>
/// Why a candidate ranks where it does for a person, or which hard rules exclude it. <see cref="Score"/> is
/// given either way (what it would score); <see cref="Rank"/> only when it is eligible.
/// </summary>
public sealed record Explanation(
    CandidateKind Kind,
    Guid CandidateId,
    string Name,
    double DistanceKm,
    bool Eligible,
    IReadOnlyList<RuleResult> BrokenRules,
    Score Score,
    int? Rank,
    int EligibleCount,
    double? TopScore,
    string Summary);
