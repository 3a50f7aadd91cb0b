namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>A person-place pair that may be chosen, with its score in integer units (score x <see cref="AssignmentProblem.ScoreScale"/>).</summary>
public readonly record struct ScoredPair(int Person, int Place, long Score);

/// <summary>
/// The bare allocation problem: people 0..n-1, places with capacities, the pairs that may be chosen, and how
/// many places one person may take. Choose pairs to maximise the total score with no place over capacity and
/// no person over <see cref="MaxPerPerson"/>. Scores are integers so the optimum is exact.
/// </summary>
public sealed class AssignmentProblem
{
    /// <summary>Scores 0..1 become 0..1,000,000 units: six decimal places, far finer than any weight a place would set.</summary>
    public const long ScoreScale = 1_000_000;

    public AssignmentProblem(int personCount, IReadOnlyList<int> placeCapacities, IReadOnlyList<ScoredPair> pairs, int maxPerPerson)
        : this(personCount, placeCapacities, [.. pairs], maxPerPerson)
    {
    }

    /// <param name="pairs">Kept, not copied (tens of millions of pairs): the caller must not change it afterwards.</param>
    internal AssignmentProblem(int personCount, IReadOnlyList<int> placeCapacities, ScoredPair[] pairs, int maxPerPerson)
    {
        EnsureMaxPerPerson(maxPerPerson);
        for (var place = 0; place < placeCapacities.Count; place++)
        {
            if (placeCapacities[place] < 0)
            {
                throw new MatchingDomainException($"Place {place} has capacity {placeCapacities[place]}; capacity cannot be below zero.");
            }
        }
        foreach (var pair in pairs)
        {
            if (pair.Person < 0 || pair.Person >= personCount || pair.Place < 0 || pair.Place >= placeCapacities.Count)
            {
                throw new MatchingDomainException($"Pair ({pair.Person}, {pair.Place}) names a person or place that is not in the problem.");
            }
            if (pair.Score < 0)
            {
                throw new MatchingDomainException($"Pair ({pair.Person}, {pair.Place}) has score {pair.Score}; scores cannot be below zero.");
            }
        }
        EnsureNoPairTwice(personCount, placeCapacities.Count, pairs);
        PersonCount = personCount;
        PlaceCapacities = placeCapacities;
        this.pairs = pairs;
        MaxPerPerson = maxPerPerson;
    }

    private readonly ScoredPair[] pairs;

    public int PersonCount { get; }
    public IReadOnlyList<int> PlaceCapacities { get; }
    public IReadOnlyList<ScoredPair> Pairs => pairs;
    public int MaxPerPerson { get; }

    /// <summary>The pairs for the solvers' loops: indexing a span costs no interface call.</summary>
    internal ReadOnlySpan<ScoredPair> PairSpan => pairs;

    internal static void EnsureMaxPerPerson(int maxPerPerson)
    {
        if (maxPerPerson < 1)
        {
            throw new MatchingDomainException($"Each person may be given {maxPerPerson} matches; it must be at least 1.");
        }
    }

    /// <summary>
    /// Marks each person's places person by person, so tens of millions of pairs are checked without hashing. Pairs
    /// listed in person order (as the allocator lists them) are read as they are; others are grouped by person first (<see cref="KeyGroups"/>).
    /// </summary>
    private static void EnsureNoPairTwice(int personCount, int placeCount, ScoredPair[] pairs)
    {
        var inPersonOrder = true;
        for (var i = 1; i < pairs.Length && inPersonOrder; i++)
        {
            inPersonOrder = pairs[i - 1].Person <= pairs[i].Person;
        }
        var byPerson = inPersonOrder ? null : KeyGroups.Of(personCount, pairs.Length, i => pairs[i].Person).Items;
        var markedFor = new int[placeCount];
        for (var k = 0; k < pairs.Length; k++)
        {
            var (person, place, _) = pairs[byPerson is null ? k : byPerson[k]];
            if (markedFor[place] == person + 1)
            {
                throw new MatchingDomainException($"Pair ({person}, {place}) is listed twice.");
            }
            markedFor[place] = person + 1;
        }
    }

    public static long ToUnits(double score) => (long)Math.Round(score * ScoreScale);

    public static double FromUnits(long units) => units / (double)ScoreScale;
}

/// <summary>The pairs chosen (indices into <see cref="AssignmentProblem.Pairs"/>) and their total score in units.</summary>
public sealed record AssignmentSolution(long Objective, IReadOnlyList<int> ChosenPairs);
