namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// The greedy loop a person would run by hand, kept only to show what the optimisation gains: take pairs
/// from the highest score down while the person and the place both have room.
/// </summary>
public static class GreedyAssigner
{
    public static AssignmentSolution Solve(AssignmentProblem problem)
    {
        var taken = new int[problem.PersonCount];
        var room = problem.PlaceCapacities.ToArray();
        var chosen = new List<int>();
        long objective = 0;
        var pairs = problem.PairSpan;
        foreach (var index in HighestFirst(pairs))
        {
            var pair = pairs[index];
            if (taken[pair.Person] < problem.MaxPerPerson && room[pair.Place] > 0)
            {
                taken[pair.Person]++;
                room[pair.Place]--;
                chosen.Add(index);
                objective += pair.Score;
            }
        }
        return new AssignmentSolution(objective, chosen);
    }

    /// <summary>
    /// Pair indices, highest score first; ties go to the earlier pair, so the result is the same every run.
    /// Scores within the usual 0..<see cref="AssignmentProblem.ScoreScale"/> units are counted into buckets
    /// (linear: tens of millions of pairs in a fraction of a second); larger ones are sorted.
    /// </summary>
    private static int[] HighestFirst(ReadOnlySpan<ScoredPair> pairs)
    {
        var order = new int[pairs.Length];
        var highest = 0L;
        foreach (var pair in pairs)
        {
            highest = Math.Max(highest, pair.Score);
        }
        if (highest > AssignmentProblem.ScoreScale)
        {
            var scores = new long[pairs.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
                scores[i] = pairs[i].Score;
            }
            Array.Sort(order, (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y));
            return order;
        }
        // Bucket b holds score (highest - b), so walking the buckets upwards goes from the highest score down.
        var next = new int[highest + 2];
        foreach (var pair in pairs)
        {
            next[highest - pair.Score + 1]++;
        }
        for (var bucket = 1; bucket < next.Length; bucket++)
        {
            next[bucket] += next[bucket - 1];
        }
        for (var i = 0; i < order.Length; i++)
        {
            order[next[highest - pairs[i].Score]++] = i;
        }
        return order;
    }
}
