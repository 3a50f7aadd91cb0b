using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// How well the candidate's taxonomy terms meet the person's needs and interests: the mean, over the person's
/// needs, of the best credit any candidate term gives that need (1 for the term itself, 0.5 for a child term,
/// 0.25 for a grandchild...). No needs recorded gives 0.
/// </summary>
internal sealed class NeedsPart(TermIndex terms) : IScorePart
{
    public string Name => ScorePartNames.Needs;

    public double WeightIn(MatchingWeights weights) => weights.Needs;

    public bool AppliesTo(CandidateKind kind) => true;

    public double Value(in Pair pair) => ValueInto(pair, pair.Person.NeedScratch);

    public string Reason(in Pair pair, double value)
    {
        var person = pair.Person;
        if (person.NeedCount == 0)
        {
            return "No needs or interests are recorded for the person.";
        }
        var best = new double[person.Needs.Length];
        ValueInto(pair, best);
        var met = person.Needs.Select((need, n) => (Name: terms.NameOf(need), Credit: best[n])).Where(m => m.Credit > 0).ToArray();
        if (met.Length == 0)
        {
            return $"Meets none of the person's {person.NeedCount} needs and interests.";
        }
        var described = met.Select(m => m.Credit == 1 ? m.Name : $"{m.Name} (partly, through a narrower term)");
        return $"Meets {met.Length} of the person's {person.NeedCount} needs and interests: {string.Join(", ", described)}.";
    }

    /// <summary>
    /// The terms as a 64-bit set (bit = term id mod 64). A candidate none of whose terms' bits are among those of the
    /// terms that count for the person's needs (<see cref="PersonQuery.NeedTermMask"/>) scores exactly 0 here, so a
    /// search can bound the part without looking at the candidate.
    /// </summary>
    public static ulong MaskOf(IEnumerable<int> terms)
    {
        var mask = 0UL;
        foreach (var term in terms)
        {
            mask |= 1UL << (term & 63);
        }
        return mask;
    }

    private static double ValueInto(in Pair pair, Span<double> bestPerNeed)
    {
        var person = pair.Person;
        return person.NeedCount == 0 ? 0 : person.SumOfBestNeedCredits(pair.Candidate.Terms, bestPerNeed) / person.NeedCount;
    }
}
