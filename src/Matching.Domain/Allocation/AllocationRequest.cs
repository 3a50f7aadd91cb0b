using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// A waiting list to share out over activities' places or volunteers' caseloads.
/// <see cref="Capacities"/>, when given, are the places to share in this batch by candidate id (candidates not
/// listed get none); when null, each candidate's free places or caseload room in the read model are used.
/// </summary>
public sealed record AllocationRequest(IReadOnlyList<PersonProfile> WaitingList, CandidateKind Kind)
{
    public int MaxMatchesPerPerson { get; init; } = 1;
    public IReadOnlyDictionary<Guid, int>? Capacities { get; init; }
}
