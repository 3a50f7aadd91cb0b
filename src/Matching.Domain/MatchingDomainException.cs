namespace SocialPrescribing.Matching.Domain;

/// <summary>
/// A request the matcher cannot answer because its input is wrong (k out of range, no location,
/// invalid weights, negative capacity...). The message is written for the person who sent it.
/// </summary>
public class MatchingDomainException(string message) : Exception(message);

/// <summary>The candidate asked about is not in the read model (yet).</summary>
public sealed class UnknownCandidateException(CandidateKind kind, Guid candidateId)
    : MatchingDomainException($"No {kind.ToString().ToLowerInvariant()} with id {candidateId} is known to the matcher.")
{
    public CandidateKind Kind { get; } = kind;
    public Guid CandidateId { get; } = candidateId;
}
