using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// Combines the named parts into a score: the weighted mean of the parts that apply to the candidate kind.
/// <see cref="Total"/> is the hot path (numbers only); <see cref="Explain"/> adds each part's reason for the few
/// candidates shown. Both use the same part values, so they always agree.
/// </summary>
internal sealed class Scorer
{
    private readonly KindParts activities;
    private readonly KindParts volunteers;

    /// <summary>Each candidate's terms as <see cref="NeedsPart.MaskOf"/> sets them, by index, for <see cref="BoundFor"/>.</summary>
    private readonly ulong[] activityTermMasks;
    private readonly ulong[] volunteerTermMasks;

    public Scorer(MatchingReadModel model, MatchingWeights weights)
    {
        weights.Validate();
        IScorePart[] all =
        [
            new NeedsPart(model.Terms), new DistancePart(), new TimeOverlapPart(), new LanguagePart(model),
            new ResponsivenessPart(), new RatingPart(), new DeprivationPart(), new WaitingPart(),
        ];
        activities = new KindParts(all, weights, CandidateKind.Activity, model.ActivityCount);
        volunteers = new KindParts(all, weights, CandidateKind.Volunteer, model.VolunteerCount);
        activityTermMasks = [.. model.Activities.Select(a => NeedsPart.MaskOf(a.Terms))];
        volunteerTermMasks = [.. model.Volunteers.Select(v => NeedsPart.MaskOf(v.Terms))];
    }

    public double Total(in Pair pair)
    {
        var kind = PartsFor(pair.Candidate.Kind);
        var total = 0.0;
        for (var i = 0; i < kind.Parts.Length; i++)
        {
            if (kind.Shares[i] > 0)
            {
                total += kind.Shares[i] * kind.ValueOf(i, pair);
            }
        }
        return total;
    }

    public Score Explain(in Pair pair)
    {
        var kind = PartsFor(pair.Candidate.Kind);
        var parts = new ScorePart[kind.Parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = kind.Parts[i];
            var value = part.Value(pair);
            parts[i] = new ScorePart(part.Name, kind.Weights[i], value, kind.Shares[i] * value, part.Reason(pair, value));
        }
        return new Score(Total(pair), parts);
    }

    /// <summary>
    /// The bound on <see cref="Total"/> for the pair's person and any candidate of its kind; any pair of theirs will do,
    /// as only the parts that read the person alone are taken from it.
    /// </summary>
    public ScoreBound BoundFor(in Pair pair)
    {
        var kind = PartsFor(pair.Candidate.Kind);
        var (others, distanceShare) = (0.0, 0.0);
        var kept = new List<(double Share, double[] Values)>();
        var needsShare = 0.0;
        for (var i = 0; i < kind.Parts.Length; i++)
        {
            var part = kind.Parts[i];
            if (part is DistancePart)
            {
                distanceShare = kind.Shares[i];
            }
            else if (part is NeedsPart)
            {
                needsShare = kind.Shares[i];
            }
            else if (kind.KeptValues(i) is { } values)
            {
                kept.Add((kind.Shares[i], values));
            }
            else
            {
                others += kind.Shares[i] * (part.ReadsOnlyPerson ? part.Value(pair) : 1);
            }
        }
        var termMasks = pair.Candidate.Kind == CandidateKind.Activity ? activityTermMasks : volunteerTermMasks;
        return new ScoreBound(others, distanceShare, pair.Person.MaxTravelKm, [.. kept], (needsShare, termMasks, pair.Person.NeedTermMask));
    }

    private KindParts PartsFor(CandidateKind kind) => kind == CandidateKind.Activity ? activities : volunteers;

    /// <summary>
    /// The parts for one kind with their weights and shares (weight / sum of the kind's weights), and the values kept
    /// per candidate of the parts that read only the candidate (NaN until first asked; the read model never changes).
    /// </summary>
    private sealed class KindParts
    {
        private readonly double[]?[] byCandidate;

        public KindParts(IScorePart[] all, MatchingWeights weights, CandidateKind kind, int candidates)
        {
            Parts = [.. all.Where(p => p.AppliesTo(kind))];
            Weights = [.. Parts.Select(p => p.WeightIn(weights))];
            var sum = Weights.Sum();
            Shares = [.. Weights.Select(w => w / sum)];
            byCandidate = [.. Parts.Select(p => p.ReadsOnlyCandidate ? Enumerable.Repeat(double.NaN, candidates).ToArray() : null)];
        }

        public IScorePart[] Parts { get; }
        public double[] Weights { get; }
        public double[] Shares { get; }

        /// <summary>The values kept per candidate of part <paramref name="i"/> (NaN where not yet asked), or null when it keeps none.</summary>
        public double[]? KeptValues(int i) => byCandidate[i];

        /// <summary>Part <paramref name="i"/>'s value for the pair. Threads may race to fill a kept value; they write the same number.</summary>
        public double ValueOf(int i, in Pair pair)
        {
            if (byCandidate[i] is not { } kept)
            {
                return Parts[i].Value(pair);
            }
            var value = kept[pair.Candidate.Index];
            if (double.IsNaN(value))
            {
                value = kept[pair.Candidate.Index] = Parts[i].Value(pair);
            }
            return value;
        }
    }
}

/// <summary>
/// An upper bound on one person's scores (<see cref="Scorer.Total"/>) from what is known before a candidate is looked at:
/// its distance (any distance not above the pair's, under the person's travel limit, never shorter than the pair's; a
/// nearer distance or a longer limit never gives the distance part less), the values kept for it, the parts that read
/// only the person, and needs as 0 when the candidate's term set misses the person's (<see cref="NeedsPart.MaskOf"/>).
/// Every other part counts at its most, 1. Rounding makes it differ from a sum in the
/// scorer's order by far less than the margin the search leaves.
/// </summary>
internal sealed class ScoreBound(
    double others, double distanceShare, double travelLimitKm, (double Share, double[] Values)[] kept, (double Share, ulong[] TermMasks, ulong PersonMask) needs)
{
    public double Of(int index, double leastDistanceKm)
    {
        var bound = others + (distanceShare * DistancePart.ValueAt(leastDistanceKm, travelLimitKm));
        if ((needs.TermMasks[index] & needs.PersonMask) != 0)
        {
            bound += needs.Share;
        }
        foreach (var (share, values) in kept)
        {
            var value = values[index];
            bound += share * (double.IsNaN(value) ? 1 : value);
        }
        return bound;
    }
}
