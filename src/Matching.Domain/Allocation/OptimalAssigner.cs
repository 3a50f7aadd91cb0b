using Google.OrTools.Graph;

namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// Solves an <see cref="AssignmentProblem"/> exactly as a min-cost flow (OR-Tools): each person sends up to
/// <see cref="AssignmentProblem.MaxPerPerson"/> units either through a place (cost = -score, capacity 1 per
/// pair) or straight to the sink unmatched (cost 0); each place passes on at most its capacity. The cheapest
/// flow is the assignment with the highest total score. Leaving someone unmatched is allowed, so a person with
/// one good option is not pushed out to fill a place with a poor one.
/// <para>
/// Tens of millions of pairs would make the flow slow, and few of them matter: the flow is first solved over
/// each person's best few pairs and each place's best few only, then proved optimal for all of them. Shortest distances in the solved
/// flow's residual graph are prices no pair left out may beat (a pair p→q beats them when its score exceeds
/// d(p) − d(q), and only then could it open a cheaper cycle); pairs that do (or nearly do) are added and the flow
/// solved again, until none does. The result is the optimum of the whole problem, found over a fraction of its pairs.
/// </para>
/// </summary>
public static class OptimalAssigner
{
    /// <summary>How many pairs per match a person may take start in the flow: enough that one or two rounds prove it.</summary>
    private const int FirstPairsPerMatch = 6;

    /// <summary>
    /// How many pairs per seat a place has start in the flow too. A person's best pairs are mostly at the places everyone
    /// wants; the pairs that fill the other places were what the second flow added (0.9 M pairs of 26 M for 50,000 people
    /// and 10,000 activities). Starting with them, the three flows solve 1.5 M arcs between them instead of 2.7 M.
    /// </summary>
    private const int FirstPairsPerSeat = 5;

    /// <summary>
    /// Pairs that come within this many units of beating the prices join the next flow too (0.05 of a score), since
    /// the prices move as pairs are added: without it, each round adds a few pairs and the next solve finds a few more.
    /// </summary>
    private const long Margin = AssignmentProblem.ScoreScale / 20;

    public static AssignmentSolution Solve(AssignmentProblem problem) => Solve(problem, FirstPairsPerMatch * problem.MaxPerPerson, FirstPairsPerSeat);

    /// <param name="firstPairsPerPerson">How many of each person's best pairs the first flow gets (tests set it low to exercise the proof).</param>
    /// <param name="firstPairsPerSeat">How many best pairs per unit of its capacity each place adds to the first flow.</param>
    internal static AssignmentSolution Solve(AssignmentProblem problem, int firstPairsPerPerson, int firstPairsPerSeat = 0)
    {
        var inFlow = new bool[problem.Pairs.Count];
        var candidates = new List<int>();
        AddBestPairs(problem, byPlace: false, [.. Enumerable.Repeat(firstPairsPerPerson, problem.PersonCount)], inFlow, candidates);
        AddBestPairs(problem, byPlace: true, [.. problem.PlaceCapacities.Select(c => c * firstPairsPerSeat)], inFlow, candidates);
        while (true)
        {
            var chosen = SolveFlow(problem, candidates);
            var distances = ResidualGraph.ShortestDistances(problem, candidates, chosen);
            var (nearlyBeating, beating) = AgainstPrices(problem, distances, inFlow);
            if (beating == 0)
            {
                var pairs = chosen.Select(c => candidates[c]).Order().ToList();
                return new AssignmentSolution(pairs.Sum(i => problem.Pairs[i].Score), pairs);
            }
            foreach (var i in nearlyBeating)
            {
                inFlow[i] = true;
                candidates.Add(i);
            }
        }
    }

    /// <summary>
    /// The pairs left out of the flow that beat the prices the distances set, or come within <see cref="Margin"/> of them,
    /// in pair order; and how many beat them. Tens of millions of pairs, so in chunks on every core, joined in chunk order.
    /// </summary>
    private static (List<int> NearlyBeating, int Beating) AgainstPrices(AssignmentProblem problem, long[] distances, bool[] inFlow)
    {
        const int PairsPerChunk = 1 << 20;
        var chunks = new (List<int> NearlyBeating, int Beating)[(problem.Pairs.Count + PairsPerChunk - 1) / PairsPerChunk];
        Parallel.For(0, chunks.Length, chunk =>
        {
            var pairs = problem.PairSpan;
            var (nearlyBeating, beating) = (new List<int>(), 0);
            for (var i = chunk * PairsPerChunk; i < Math.Min(pairs.Length, (chunk + 1) * PairsPerChunk); i++)
            {
                var slack = distances[pairs[i].Person] - distances[problem.PersonCount + pairs[i].Place] - pairs[i].Score;
                if (!inFlow[i] && slack < Margin)
                {
                    nearlyBeating.Add(i);
                    beating += slack < 0 ? 1 : 0;
                }
            }
            chunks[chunk] = (nearlyBeating, beating);
        });
        return ([.. chunks.SelectMany(c => c.NearlyBeating)], chunks.Sum(c => c.Beating));
    }

    /// <summary>
    /// Adds to <paramref name="candidates"/> (and marks in <paramref name="inFlow"/>) the highest-scoring pairs of each
    /// person, or of each place: <paramref name="howMany"/>[key] of them, or all of them if fewer. Pairs already in are not added twice.
    /// </summary>
    private static void AddBestPairs(AssignmentProblem problem, bool byPlace, int[] howMany, bool[] inFlow, List<int> candidates)
    {
        // Per key, a small array of its best pairs so far, lowest first, so most pairs are turned away by one comparison.
        var start = new int[howMany.Length + 1];
        for (var key = 0; key < howMany.Length; key++)
        {
            start[key + 1] = start[key] + howMany[key];
        }
        var best = new int[start[^1]];
        var count = new int[howMany.Length];
        var pairs = problem.PairSpan;
        for (var i = 0; i < pairs.Length; i++)
        {
            var key = byPlace ? pairs[i].Place : pairs[i].Person;
            var slots = best.AsSpan(start[key], howMany[key]);
            var score = pairs[i].Score;
            if (count[key] < slots.Length)
            {
                var at = count[key]++;
                for (; at > 0 && pairs[slots[at - 1]].Score > score; at--)
                {
                    slots[at] = slots[at - 1];
                }
                slots[at] = i;
            }
            else if (slots.Length > 0 && score > pairs[slots[0]].Score)
            {
                var at = 0;
                for (; at + 1 < slots.Length && pairs[slots[at + 1]].Score < score; at++)
                {
                    slots[at] = slots[at + 1];
                }
                slots[at] = i;
            }
        }
        for (var key = 0; key < howMany.Length; key++)
        {
            foreach (var i in best.AsSpan(start[key], count[key]))
            {
                if (!inFlow[i])
                {
                    inFlow[i] = true;
                    candidates.Add(i);
                }
            }
        }
    }

    /// <summary>The min-cost flow over the candidate pairs; returns positions in <paramref name="candidates"/> of the pairs chosen.</summary>
    private static List<int> SolveFlow(AssignmentProblem problem, List<int> candidates)
    {
        var people = problem.PersonCount;
        var places = problem.PlaceCapacities.Count;
        var sink = people + places;
        using var flow = new MinCostFlow();
        // Pair arcs go in first, so arc k is candidate k.
        var pairs = problem.PairSpan;
        foreach (var i in candidates)
        {
            var pair = pairs[i];
            flow.AddArcWithCapacityAndUnitCost(pair.Person, people + pair.Place, 1, -pair.Score);
        }
        for (var person = 0; person < people; person++)
        {
            flow.AddArcWithCapacityAndUnitCost(person, sink, problem.MaxPerPerson, 0);
            flow.SetNodeSupply(person, problem.MaxPerPerson);
        }
        for (var place = 0; place < places; place++)
        {
            flow.AddArcWithCapacityAndUnitCost(people + place, sink, problem.PlaceCapacities[place], 0);
        }
        flow.SetNodeSupply(sink, -(long)people * problem.MaxPerPerson);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost flow solver stopped with status {status}.");
        }
        var chosen = new List<int>();
        for (var arc = 0; arc < candidates.Count; arc++)
        {
            if (flow.Flow(arc) > 0)
            {
                chosen.Add(arc);
            }
        }
        return chosen;
    }
}
