namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>A person and one candidate, with the distance between them and the travel limit that applies to the pair.</summary>
internal readonly struct Pair
{
    public Pair(PersonQuery person, CandidateEntry candidate)
        : this(person, candidate, person.DistanceKmTo(candidate))
    {
    }

    /// <param name="distanceKm">The person's <see cref="PersonQuery.DistanceKmTo"/> the candidate, when a search has worked it out already.</param>
    public Pair(PersonQuery person, CandidateEntry candidate, double distanceKm)
    {
        Person = person;
        Candidate = candidate;
        DistanceKm = distanceKm;
        TravelLimitKm = candidate.OwnMaxTravelKm is { } ownKm ? Math.Min(person.MaxTravelKm, ownKm) : person.MaxTravelKm;
    }

    public PersonQuery Person { get; }
    public CandidateEntry Candidate { get; }
    public double DistanceKm { get; }

    /// <summary>The person's limit; for a volunteer, the volunteer's own limit too if it is shorter.</summary>
    public double TravelLimitKm { get; }
}
