using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Allocation;
using SocialPrescribing.Matching.Domain.Scoring;
using SocialPrescribing.Matching.Domain.Suggestions;
using Contract = SocialPrescribing.Contracts.Matching;

namespace SocialPrescribing.Matching.Grpc;

/// <summary>Domain results as gRPC messages.</summary>
internal static class MatchingContractMapping
{
    public static Contract.CandidateKind ToContract(this CandidateKind kind) =>
        kind == CandidateKind.Activity ? Contract.CandidateKind.Activity : Contract.CandidateKind.Volunteer;

    public static Contract.Suggestion ToContract(this Suggestion suggestion) => new()
    {
        Rank = suggestion.Rank,
        CandidateId = suggestion.CandidateId.ToString(),
        Name = suggestion.Name,
        DistanceKm = suggestion.DistanceKm,
        Score = suggestion.Score.ToContract(),
    };

    public static Contract.Score ToContract(this Score score) => new()
    {
        Total = score.Total,
        Parts =
        {
            score.Parts.Select(p => new Contract.ScorePart
            {
                Name = p.Name, Weight = p.Weight, Value = p.Value, Contribution = p.Contribution, Reason = p.Reason,
            }),
        },
    };

    public static Contract.ExplainResponse ToContract(this Explanation explanation)
    {
        var response = new Contract.ExplainResponse
        {
            Kind = explanation.Kind.ToContract(),
            CandidateId = explanation.CandidateId.ToString(),
            Name = explanation.Name,
            DistanceKm = explanation.DistanceKm,
            Eligible = explanation.Eligible,
            BrokenRules = { explanation.BrokenRules.Select(r => new Contract.BrokenRule { Rule = r.Rule, Reason = r.Reason }) },
            Score = explanation.Score.ToContract(),
            EligibleCount = explanation.EligibleCount,
            Summary = explanation.Summary,
        };
        if (explanation.Rank is { } rank)
        {
            response.Rank = rank;
        }
        if (explanation.TopScore is { } top)
        {
            response.TopScore = top;
        }
        return response;
    }

    public static Contract.AllocateResponse ToContract(this AllocationResult result, Guid allocationId) => new()
    {
        AllocationId = allocationId.ToString(),
        Kind = result.Kind.ToContract(),
        Objective = result.Objective,
        GreedyObjective = result.GreedyObjective,
        GapPercent = result.GapPercent,
        Assignments =
        {
            result.Assignments.Select(a => new Contract.AllocatedMatch
            {
                ReferralId = a.ReferralId.ToString(), CandidateId = a.CandidateId.ToString(), Score = a.Score,
            }),
        },
        GreedyAssignmentCount = result.GreedyAssignmentCount,
        Unmatched = { result.Unmatched.Select(u => new Contract.UnmatchedReferral { ReferralId = u.ReferralId.ToString(), Reason = u.Reason }) },
        EligiblePairs = result.EligiblePairs,
    };
}
