using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>Nearer is better: 1 at the person's door, falling in a straight line to 0 at the travel limit for the pair.</summary>
internal sealed class DistancePart : IScorePart
{
    public string Name => ScorePartNames.Distance;

    public double WeightIn(MatchingWeights weights) => weights.Distance;

    public bool AppliesTo(CandidateKind kind) => true;

    public double Value(in Pair pair) => ValueAt(pair.DistanceKm, pair.TravelLimitKm);

    /// <summary>The value at a distance under a travel limit; a longer limit never gives less.</summary>
    public static double ValueAt(double distanceKm, double travelLimitKm) => Math.Clamp(1 - (distanceKm / travelLimitKm), 0, 1);

    public string Reason(in Pair pair, double value) =>
        pair.Person.Profile.TravelLimitRecorded || pair.TravelLimitKm < pair.Person.MaxTravelKm
            ? Invariant($"{pair.DistanceKm:0.0} km away, within the {pair.TravelLimitKm:0.#} km travel limit.")
            : Invariant($"{pair.DistanceKm:0.0} km away (no travel limit recorded; suggestions are within {pair.TravelLimitKm:0.#} km).");
}
