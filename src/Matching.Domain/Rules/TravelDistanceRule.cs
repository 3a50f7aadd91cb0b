using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The candidate is within the person's travel limit (and, for a volunteer, within the volunteer's own).</summary>
internal sealed class TravelDistanceRule : HardRule<CandidateEntry>
{
    public override string Name => HardRuleNames.TravelDistance;

    protected override bool Passes(PersonQuery person, CandidateEntry candidate, in Pair pair) => pair.DistanceKm <= pair.TravelLimitKm;

    protected override string WhyNot(PersonQuery person, CandidateEntry candidate, in Pair pair) =>
        pair.TravelLimitKm < person.MaxTravelKm
            ? Invariant($"{pair.DistanceKm:0.0} km away; the volunteer travels up to {pair.TravelLimitKm:0.#} km.")
            : person.Profile.TravelLimitRecorded
                ? Invariant($"{pair.DistanceKm:0.0} km away; the person travels up to {person.MaxTravelKm:0.#} km.")
                : Invariant($"{pair.DistanceKm:0.0} km away; no travel limit is recorded, and suggestions are within {person.MaxTravelKm:0.#} km.");
}
