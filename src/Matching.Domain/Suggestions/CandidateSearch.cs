using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Scoring;

namespace SocialPrescribing.Matching.Domain.Suggestions;

/// <summary>Receives each eligible candidate and its score from a search; a struct so the hot loop makes no calls through delegates.</summary>
internal interface ICandidateSink
{
    void Accept(int index, double score);
}

/// <summary>
/// The one loop behind suggestions, explanations and allocation: candidates in the grid cells around the
/// person, then the hard rules, then the score.
/// </summary>
internal sealed class CandidateSearch(MatchingReadModel model, MatchingConfiguration configuration)
{
    [ThreadStatic]
    private static List<int>? nearbyBuffer;

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
    public void ForEachEligible<TSink>(PersonQuery person, CandidateKind kind, bool includeCapacity, ref TSink sink)
        where TSink : struct, ICandidateSink
    {
        var kindRules = rules.For(kind, includeCapacity);
        var entries = model.EntriesOf(kind);
        foreach (var index in Nearby(person, kind))
        {
            var pair = new Pair(person, entries[index]);
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
        var entries = model.EntriesOf(kind);
        foreach (var index in Nearby(person, kind))
        {
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
}
