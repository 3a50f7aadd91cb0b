using Google.OrTools.Graph;

namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// Solves an <see cref="AssignmentProblem"/> exactly as a min-cost flow (OR-Tools): each person sends up to
/// <see cref="AssignmentProblem.MaxPerPerson"/> units either through a place (cost = -score, capacity 1 per
/// pair) or straight to the sink unmatched (cost 0); each place passes on at most its capacity. The cheapest
/// flow is the assignment with the highest total score. Leaving someone unmatched is allowed, so a person with
/// one good option is not pushed out to fill a place with a poor one.
/// </summary>
public static class OptimalAssigner
{
    public static AssignmentSolution Solve(AssignmentProblem problem)
    {
        var people = problem.PersonCount;
        var places = problem.PlaceCapacities.Count;
        var sink = people + places;
        using var flow = new MinCostFlow();
        // Pair arcs go in first, so arc i is pair i.
        foreach (var pair in problem.Pairs)
        {
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
        for (var arc = 0; arc < problem.Pairs.Count; arc++)
        {
            if (flow.Flow(arc) > 0)
            {
                chosen.Add(arc);
            }
        }
        return new AssignmentSolution(-flow.OptimalCost(), chosen);
    }
}
