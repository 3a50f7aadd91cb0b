using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Scoring;

namespace SocialPrescribing.Matching.Domain.Suggestions;

/// <summary>Receives each eligible candidate and its score from a search; a struct so the hot loop makes no calls through delegates.</summary>
internal interface ICandidateSink
{
    /// <summary>
    /// A candidate scoring below this can change nothing the sink keeps, so the search may skip one it can show
    /// scores below it; <see cref="double.NegativeInfinity"/> for a sink that needs every eligible candidate.
    /// </summary>
    double MinimumScore { get; }

    void Accept(int index, double score);
}

/// <summary>
/// The one loop behind suggestions, explanations and allocation: candidates in the grid cells around the
/// person, then the hard rules, then the score.
/// </summary>
internal sealed class CandidateSearch(MatchingReadModel model, MatchingConfiguration configuration)
{
    /// <summary>
    /// How far below a sink's <see cref="ICandidateSink.MinimumScore"/> a candidate's bound must be for it to be skipped:
    /// far above the rounding error of the bound and the score, so no candidate that could reach the minimum is skipped.
    /// </summary>
    private const double BoundMargin = 1e-9;

    [ThreadStatic]
    private static List<int>? nearbyBuffer;

    [ThreadStatic]
    private static WithinBuffer? withinBuffer;

    private readonly HardRules rules = new(model);
    private readonly Scorer scorer = new(model, configuration.Weights);

    public MatchingReadModel Model => model;
    public HardRules Rules => rules;
    public Scorer Scorer => scorer;

    /// <summary>Checks and compiles a person's profile for this read model; throws <see cref="MatchingDomainException"/> on bad input.</summary>
    public PersonQuery Compile(PersonProfile profile, DateTimeOffset now) => new(profile, model, configuration, now);

    /// <summary>Indices of the candidates of <paramref name="kind"/> in the grid cells around the person (callers check the distance).</summary>
    public List<int> Nearby(PersonQuery person, CandidateKind kind)
    {
        var nearby = nearbyBuffer ??= new List<int>(1024);
        nearby.Clear();
        model.GridOf(kind).Near(person.Location, person.MaxTravelKm, nearby);
        return nearby;
    }

    /// <param name="includeCapacity">False when allocating: the allocator shares out capacity itself.</param>
    /// <remarks>
    /// Candidates beyond the person's travel limit break the travel rule whatever else holds, so only those that may be
    /// within it are looked at. Once the sink has a minimum score, a candidate whose score bound (<see cref="ScoreBound"/>,
    /// at a distance never above the exact one) is below it is skipped before its rules, exact distance and score: it
    /// could not have changed what the sink keeps.
    /// </remarks>
    public void ForEachEligible<TSink>(PersonQuery person, CandidateKind kind, bool includeCapacity, ref TSink sink)
        where TSink : struct, ICandidateSink
    {
        var kindRules = rules.For(kind, includeCapacity);
        var entries = model.EntryArrayOf(kind);
        var within = Within(person, kind);
        ScoreBound? bound = null;
        for (var n = 0; n < within.Count; n++)
        {
            var index = within.Indices[n];
            var minimum = sink.MinimumScore;
            if (bound is not null && minimum > double.NegativeInfinity && bound.Of(index, within.LeastKm[n]) < minimum - BoundMargin)
            {
                continue;
            }
            var pair = new Pair(person, entries[index]);
            bound ??= scorer.BoundFor(pair);
            if (HardRules.AllPass(kindRules, pair))
            {
                sink.Accept(index, scorer.Total(pair));
            }
        }
    }

    /// <summary>
    /// The same search for one person of a waiting list: <paramref name="passes"/> (<see cref="PassSets.Fill"/>) answers
    /// the rules with a person key, and only <paramref name="perPair"/> are asked for each pair.
    /// </summary>
    public void ForEachEligible<TSink>(PersonQuery person, CandidateKind kind, ReadOnlySpan<ulong> passes, IHardRule[] perPair, ref TSink sink)
        where TSink : struct, ICandidateSink
    {
        var entries = model.EntryArrayOf(kind);
        var within = Within(person, kind);
        for (var n = 0; n < within.Count; n++)
        {
            var index = within.Indices[n];
            if (!PassSets.Contains(passes, index))
            {
                continue;
            }
            var pair = new Pair(person, entries[index]);
            if (HardRules.AllPass(perPair, pair))
            {
                sink.Accept(index, scorer.Total(pair));
            }
        }
    }

    /// <summary>The order suggestions are ranked in: higher score first, then the earlier entry, so ties rank the same every time.</summary>
    public static bool RanksAbove(double score, int index, double otherScore, int otherIndex) =>
        score > otherScore || (score == otherScore && index < otherIndex);

    /// <summary>The candidates of <paramref name="kind"/> that may be within the person's travel limit, with a bound on their distances, in grid order (this thread's buffer).</summary>
    private WithinBuffer Within(PersonQuery person, CandidateKind kind)
    {
        var grid = model.GridOf(kind);
        var within = withinBuffer ??= new WithinBuffer();
        within.EnsureCapacity(grid.Count);
        within.Count = grid.Within(person, person.MaxTravelKm, within.Indices, within.LeastKm);
        return within;
    }

    private sealed class WithinBuffer
    {
        public int[] Indices { get; private set; } = [];
        public double[] LeastKm { get; private set; } = [];
        public int Count { get; set; }

        public void EnsureCapacity(int candidates)
        {
            if (Indices.Length < candidates)
            {
                Indices = new int[candidates];
                LeastKm = new double[candidates];
            }
        }
    }
}
