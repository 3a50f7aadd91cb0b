namespace SocialPrescribing.Contracts.IntegrationEvents;

/// <summary>One proposed candidate: rank 1 is the best; <paramref name="Kind"/> is "Activity" or "Volunteer".</summary>
public sealed record ProposedMatch(Guid CandidateId, string Kind, int Rank, double Score, string Name);

/// <summary>
/// The matcher's suggestions for a referral changed (its profile or the directory or volunteers changed):
/// the current top activities and volunteers, best first. Names of candidates only; nothing about the person.
/// </summary>
[PublishedBy("matching")]
public sealed record MatchesProposedIntegrationEvent(
    Guid ReferralId,
    IReadOnlyList<ProposedMatch> Matches,
    DateTimeOffset ProposedAt) : IntegrationEvent;

/// <summary>One place given in a batch allocation.</summary>
public sealed record AllocatedMatch(Guid ReferralId, Guid CandidateId, double Score);

/// <summary>
/// A waiting list was shared out over places or caseloads; the assignments are proposals for link workers
/// to act on. <paramref name="Kind"/> is "Activity" or "Volunteer".
/// </summary>
[OutsideSubscriber("The ICB's data platform: how a waiting list was shared out over places, for capacity planning. Ids and scores only.")]
[PublishedBy("matching")]
public sealed record AllocationCompletedIntegrationEvent(
    Guid AllocationId,
    string Kind,
    IReadOnlyList<AllocatedMatch> Assignments,
    IReadOnlyList<Guid> UnmatchedReferralIds,
    double Objective,
    double GreedyObjective,
    DateTimeOffset CompletedAt) : IntegrationEvent;
