using SocialPrescribing.Matching.Domain.Allocation;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>Tries every way of giving each person up to MaxPerPerson of their pairs within capacity; only for tiny problems.</summary>
internal static class BruteForce
{
    public static long Optimum(AssignmentProblem problem)
    {
        var pairsByPerson = Enumerable.Range(0, problem.PersonCount)
            .Select(p => problem.Pairs.Where(pair => pair.Person == p).ToArray())
            .ToArray();
        var room = problem.PlaceCapacities.ToArray();
        return Best(0);

        long Best(int person)
        {
            if (person == problem.PersonCount)
            {
                return 0;
            }
            return Choose(person, 0, problem.MaxPerPerson);
        }

        // Either skip the person's pair at index i or take it (if the place has room and the person may take more).
        long Choose(int person, int i, int left)
        {
            var pairs = pairsByPerson[person];
            if (i == pairs.Length || left == 0)
            {
                return Best(person + 1);
            }
            var best = Choose(person, i + 1, left);
            if (room[pairs[i].Place] > 0)
            {
                room[pairs[i].Place]--;
                best = Math.Max(best, pairs[i].Score + Choose(person, i + 1, left - 1));
                room[pairs[i].Place]++;
            }
            return best;
        }
    }

    /// <summary>Checks a solution keeps every capacity and per-person limit, and that its objective is the sum of its pairs.</summary>
    public static void AssertFeasible(AssignmentProblem problem, AssignmentSolution solution)
    {
        var chosen = solution.ChosenPairs.Select(i => problem.Pairs[i]).ToArray();
        Assert.Equal(solution.ChosenPairs.Count, solution.ChosenPairs.Distinct().Count());
        Assert.Equal(solution.Objective, chosen.Sum(p => p.Score));
        Assert.All(chosen.GroupBy(p => p.Place), g => Assert.True(g.Count() <= problem.PlaceCapacities[g.Key]));
        Assert.All(chosen.GroupBy(p => p.Person), g => Assert.True(g.Count() <= problem.MaxPerPerson));
    }
}
