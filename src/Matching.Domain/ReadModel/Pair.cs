namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>A person and one candidate, with the distance between them and the travel limit that applies to the pair.</summary>
internal readonly struct Pair(PersonQuery person, CandidateEntry candidate)
{
    public PersonQuery Person { get; } = person;
    public CandidateEntry Candidate { get; } = candidate;
    public double DistanceKm { get; } = person.DistanceKmTo(candidate);

    /// <summary>The person's limit; for a volunteer, the volunteer's own limit too if it is shorter.</summary>
    public double TravelLimitKm { get; } = candidate.OwnMaxTravelKm is { } ownKm ? Math.Min(person.MaxTravelKm, ownKm) : person.MaxTravelKm;
}
