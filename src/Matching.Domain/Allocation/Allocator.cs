using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Suggestions;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Allocation;

/// <summary>
/// Shares a waiting list out over scarce places (group places, befriender caseloads) so that the total score
/// is as high as it can be: every pair that breaks no hard rule is scored as for a suggestion, then
/// <see cref="OptimalAssigner"/> finds the exact optimum. The greedy result is worked out too, for comparison.
/// </summary>
public sealed class Allocator
{
    private readonly TimeProvider time;
    private readonly CandidateSearch search;

    /// <exception cref="MatchingDomainException">The configuration's weights are negative or all zero.</exception>
    public Allocator(MatchingReadModel model, MatchingConfiguration configuration, TimeProvider time)
    {
        this.time = time;
        search = new CandidateSearch(model, configuration);
    }

    public AllocationResult Allocate(AllocationRequest request)
    {
        AssignmentProblem.EnsureMaxPerPerson(request.MaxMatchesPerPerson);
        var people = Compile(request);
        var capacities = CapacitiesOf(request);
        var eligible = EligiblePairs(people, request.Kind);

        // Only candidates with room become places in the flow; pairs with the rest are kept to explain who is left out.
        var placeOfEntry = new int[capacities.Length];
        var placeCapacities = new List<int>();
        var placeEntries = new List<int>();
        for (var entry = 0; entry < capacities.Length; entry++)
        {
            placeOfEntry[entry] = capacities[entry] > 0 ? placeCapacities.Count : -1;
            if (capacities[entry] > 0)
            {
                placeCapacities.Add(capacities[entry]);
                placeEntries.Add(entry);
            }
        }
        var pairs = new List<ScoredPair>(eligible.Sum(e => e.Length));
        for (var person = 0; person < people.Length; person++)
        {
            foreach (var (entry, score) in eligible[person])
            {
                if (placeOfEntry[entry] >= 0)
                {
                    pairs.Add(new ScoredPair(person, placeOfEntry[entry], AssignmentProblem.ToUnits(score)));
                }
            }
        }

        var problem = new AssignmentProblem(people.Length, placeCapacities, pairs, request.MaxMatchesPerPerson);
        var optimal = OptimalAssigner.Solve(problem);
        var greedy = GreedyAssigner.Solve(problem);

        var entries = search.Model.EntriesOf(request.Kind);
        var matched = new bool[people.Length];
        var assignments = optimal.ChosenPairs.Select(i =>
        {
            var pair = pairs[i];
            matched[pair.Person] = true;
            return new Assignment(people[pair.Person].Profile.ReferralId, entries[placeEntries[pair.Place]].Id, AssignmentProblem.FromUnits(pair.Score));
        }).ToArray();
        var unmatched = Enumerable.Range(0, people.Length)
            .Where(p => !matched[p])
            .Select(p => new UnmatchedPerson(people[p].Profile.ReferralId, WhyUnmatched(people[p], request.Kind, eligible[p], capacities)))
            .ToArray();
        return new AllocationResult(request.Kind, AssignmentProblem.FromUnits(optimal.Objective), AssignmentProblem.FromUnits(greedy.Objective),
            assignments, greedy.ChosenPairs.Count, unmatched, eligible.Sum(e => e.Length));
    }

    private PersonQuery[] Compile(AllocationRequest request)
    {
        var now = time.GetUtcNow();
        var ids = new HashSet<Guid>();
        return [.. request.WaitingList.Select(profile => ids.Add(profile.ReferralId)
            ? search.Compile(profile, now)
            : throw new MatchingDomainException($"Referral {profile.ReferralId} is on the waiting list twice."))];
    }

    private int[] CapacitiesOf(AllocationRequest request)
    {
        var entries = search.Model.EntriesOf(request.Kind);
        if (request.Capacities is null)
        {
            return [.. entries.Select(e => e.FreeCapacity)];
        }
        var capacities = new int[entries.Count];
        foreach (var (id, capacity) in request.Capacities)
        {
            if (capacity < 0)
            {
                throw new MatchingDomainException($"Capacity for {id} is {capacity}; capacities cannot be below zero.");
            }
            capacities[search.Model.Find(request.Kind, id).Index] = capacity;
        }
        return capacities;
    }

    /// <summary>Per person, every candidate that breaks no hard rule (capacity aside) and its score.</summary>
    /// <remarks>Collected in one reused buffer per thread and copied out at their exact size: tens of millions of pairs
    /// otherwise cost as much again in growing lists and collecting their garbage.</remarks>
    private (int Entry, double Score)[][] EligiblePairs(PersonQuery[] people, CandidateKind kind)
    {
        var eligible = new (int Entry, double Score)[people.Length][];
        Parallel.For(0, people.Length, person =>
        {
            var buffer = eligibleBuffer ??= new List<(int Entry, double Score)>(4096);
            buffer.Clear();
            var collector = new PairCollector(buffer);
            search.ForEachEligible(people[person], kind, includeCapacity: false, ref collector);
            eligible[person] = [.. buffer];
        });
        return eligible;
    }

    [ThreadStatic]
    private static List<(int Entry, double Score)>? eligibleBuffer;

    private string WhyUnmatched(PersonQuery person, CandidateKind kind, (int Entry, double Score)[] eligible, int[] capacities)
    {
        var kindName = kind == CandidateKind.Activity ? "activities" : "volunteers";
        if (eligible.Length == 0)
        {
            return WhyNothingEligible(person, kind, kindName);
        }
        var withRoom = eligible.Count(e => capacities[e.Entry] > 0);
        return withRoom == 0
            ? $"No eligible place with capacity: the {eligible.Length} eligible {kindName} have no room in this batch."
            : $"Places went to higher-scoring people: the {withRoom} eligible {kindName} with room were filled in the allocation with the highest total score.";
    }

    private string WhyNothingEligible(PersonQuery person, CandidateKind kind, string kindName)
    {
        var rules = search.Rules.For(kind, includeCapacity: false);
        var entries = search.Model.EntriesOf(kind);
        var brokenCounts = new Dictionary<string, int>();
        var withinReach = 0;
        foreach (var index in search.Nearby(person, kind))
        {
            var broken = HardRules.Broken(rules, new Pair(person, entries[index]));
            if (broken.Any(r => r.Rule == HardRuleNames.TravelDistance))
            {
                continue;
            }
            withinReach++;
            foreach (var rule in broken)
            {
                brokenCounts[rule.Rule] = brokenCounts.GetValueOrDefault(rule.Rule) + 1;
            }
        }
        if (withinReach == 0)
        {
            return Invariant($"No eligible place: no {kindName} within the {person.MaxTravelKm:0.#} km the person travels.");
        }
        var mostBroken = brokenCounts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(3).Select(c => $"{c.Key} ({c.Value})");
        return $"No eligible place: none of the {withinReach} {kindName} within reach meets the hard rules; most often broken: {string.Join(", ", mostBroken)}.";
    }

    private readonly struct PairCollector(List<(int Entry, double Score)> pairs) : ICandidateSink
    {
        public void Accept(int index, double score) => pairs.Add((index, score));
    }
}
