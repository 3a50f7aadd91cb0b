namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// The residual graph of a solved allocation flow (nodes: people, then places, then the sink): where flow could
/// still be pushed, and at what cost. Its shortest distances are the prices <see cref="OptimalAssigner"/> checks
/// left-out pairs against.
/// </summary>
internal static class ResidualGraph
{
    /// <summary>
    /// Shortest distance to every node from a virtual source joined to all nodes at cost 0 (so every distance is at
    /// most 0), by Bellman-Ford with a queue. The flow is optimal over its arcs, so there is no negative cycle.
    /// </summary>
    /// <param name="candidates">Indices of the pairs in the flow.</param>
    /// <param name="chosen">Positions in <paramref name="candidates"/> of the pairs that carry flow.</param>
    public static long[] ShortestDistances(AssignmentProblem problem, List<int> candidates, List<int> chosen)
    {
        var people = problem.PersonCount;
        var places = problem.PlaceCapacities.Count;
        var sink = people + places;
        var nodes = sink + 1;
        var pairs = problem.PairSpan;
        var carries = new bool[candidates.Count];
        var matched = new int[people];
        var assigned = new int[places];
        foreach (var k in chosen)
        {
            carries[k] = true;
            var pair = pairs[candidates[k]];
            matched[pair.Person]++;
            assigned[pair.Place]++;
        }

        var arcs = new List<(int From, int To, long Cost)>(candidates.Count + 2 * nodes);
        for (var k = 0; k < candidates.Count; k++)
        {
            var pair = pairs[candidates[k]];
            // An unused pair can take a unit (gaining its score); a used one can give it back.
            arcs.Add(carries[k] ? (people + pair.Place, pair.Person, pair.Score) : (pair.Person, people + pair.Place, -pair.Score));
        }
        for (var person = 0; person < people; person++)
        {
            // The person's "unmatched" arc to the sink carries MaxPerPerson minus their matches.
            if (matched[person] > 0) arcs.Add((person, sink, 0));
            if (matched[person] < problem.MaxPerPerson) arcs.Add((sink, person, 0));
        }
        for (var place = 0; place < places; place++)
        {
            if (assigned[place] < problem.PlaceCapacities[place]) arcs.Add((people + place, sink, 0));
            if (assigned[place] > 0) arcs.Add((sink, people + place, 0));
        }
        return BellmanFord(nodes, arcs);
    }

    private static long[] BellmanFord(int nodes, List<(int From, int To, long Cost)> arcs)
    {
        var (start, byNode) = KeyGroups.Of(nodes, arcs.Count, a => arcs[a].From);
        var to = new int[arcs.Count];
        var cost = new long[arcs.Count];
        for (var k = 0; k < byNode.Length; k++)
        {
            (_, to[k], cost[k]) = arcs[byNode[k]];
        }

        var distance = new long[nodes];
        var queue = new int[nodes];
        var queued = new bool[nodes];
        for (var node = 0; node < nodes; node++)
        {
            queue[node] = node;
            queued[node] = true;
        }
        // A ring of at most `nodes` entries: a node is never in it twice.
        var (head, length) = (0, nodes);
        while (length > 0)
        {
            var from = queue[head];
            head = (head + 1) % nodes;
            length--;
            queued[from] = false;
            for (var a = start[from]; a < start[from + 1]; a++)
            {
                var through = distance[from] + cost[a];
                if (through < distance[to[a]])
                {
                    distance[to[a]] = through;
                    if (!queued[to[a]])
                    {
                        queued[to[a]] = true;
                        queue[(head + length) % nodes] = to[a];
                        length++;
                    }
                }
            }
        }
        return distance;
    }
}
