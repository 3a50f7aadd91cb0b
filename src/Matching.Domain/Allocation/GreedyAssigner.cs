namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// The greedy loop a person would run by hand, kept only to show what the optimisation gains: take pairs
/// from the highest score down while the person and the place both have room.
/// </summary>
public static class GreedyAssigner
{
    public static AssignmentSolution Solve(AssignmentProblem problem)
    {
        var order = new (long Score, int Index)[problem.Pairs.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (problem.Pairs[i].Score, i);
        }
        order.AsSpan().Sort(new HighestFirst());
        var taken = new int[problem.PersonCount];
        var room = problem.PlaceCapacities.ToArray();
        var chosen = new List<int>();
        long objective = 0;
        foreach (var (_, index) in order)
        {
            var pair = problem.Pairs[index];
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

    /// <summary>Highest score first; ties go to the earlier pair, so the result is the same every run.</summary>
    private readonly struct HighestFirst : IComparer<(long Score, int Index)>
    {
        public int Compare((long Score, int Index) x, (long Score, int Index) y) =>
            x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Index.CompareTo(y.Index);
    }
}
