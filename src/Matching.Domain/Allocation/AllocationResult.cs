namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// The best allocation: its total score (<see cref="Objective"/>), what a greedy highest-score-first loop
/// would have reached on the same pairs, the assignments, and who stays unmatched and why.
/// </summary>
public sealed record AllocationResult(
    CandidateKind Kind,
    double Objective,
    double GreedyObjective,
    IReadOnlyList<Assignment> Assignments,
    int GreedyAssignmentCount,
    IReadOnlyList<UnmatchedPerson> Unmatched,
    int EligiblePairs)
{
    /// <summary>How much more total score the optimisation finds than the greedy loop (never below zero).</summary>
    public double Gap => Objective - GreedyObjective;

    /// <summary><see cref="Gap"/> as a percentage of the greedy objective.</summary>
    public double GapPercent => GreedyObjective > 0 ? 100 * Gap / GreedyObjective : 0;
}

public sealed record Assignment(Guid ReferralId, Guid CandidateId, double Score);

public sealed record UnmatchedPerson(Guid ReferralId, string Reason);
