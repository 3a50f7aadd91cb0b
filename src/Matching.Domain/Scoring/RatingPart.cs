using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// What people who attended an activity rated it (1 to 5; activities only). Below <see cref="MinimumRatings"/> ratings
/// the part is <see cref="Neutral"/>, so a new activity is neither helped nor held back. From there on it is a Bayesian
/// average: <see cref="PriorRatings"/> imagined ratings of <see cref="NeutralRating"/> are added to the real ones, so a
/// few ratings move the value a little and many move it close to their mean. The average is then put on 0..1 as
/// (average - 1) / 4.
/// </summary>
internal sealed class RatingPart : IScorePart
{
    public const int MinimumRatings = 5;
    public const double NeutralRating = 3;
    public const double PriorRatings = 5;
    public const double Neutral = (NeutralRating - 1) / 4;

    public string Name => ScorePartNames.Rating;

    public double WeightIn(MatchingWeights weights) => weights.Rating;

    public bool AppliesTo(CandidateKind kind) => kind == CandidateKind.Activity;

    public bool ReadsOnlyCandidate => true;

    public double Value(in Pair pair) => RatingsOf(pair) is { Count: >= MinimumRatings } r
        ? ((((PriorRatings * NeutralRating) + r.Sum) / (PriorRatings + r.Count)) - 1) / 4
        : Neutral;

    public string Reason(in Pair pair, double value) => RatingsOf(pair) switch
    {
        { Count: >= MinimumRatings } r => Invariant($"Rated {r.Mean:0.0} out of 5 by {r.Count} people."),
        null => "No one has rated it yet.",
        _ => $"Rated by fewer than {MinimumRatings} people so far: too few to count.",
    };

    private static PeoplesRatings? RatingsOf(in Pair pair) => ((ActivityEntry)pair.Candidate).Source.Ratings;
}
