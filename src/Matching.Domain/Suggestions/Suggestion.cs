using SocialPrescribing.Matching.Domain.Scoring;

namespace SocialPrescribing.Matching.Domain.Suggestions;

/// <summary>One suggested activity or volunteer, best first from rank 1, with its score and the reasons for it.</summary>
public sealed record Suggestion(int Rank, CandidateKind Kind, Guid CandidateId, string Name, double DistanceKm, Score Score);
