using System.Runtime.ExceptionServices;
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

        // Only candidates with room become places in the flow; the others still count as eligible, to explain who is left out.
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
        var (pairs, eligible) = EligiblePairs(people, request.Kind, placeOfEntry);

        var problem = new AssignmentProblem(people.Length, placeCapacities, pairs, request.MaxMatchesPerPerson);
        // The flow runs in one thread, so the greedy comparison takes the other core.
        AssignmentSolution optimal = null!, greedy = null!;
        Parallel.Invoke(() => optimal = OptimalAssigner.Solve(problem), () => greedy = GreedyAssigner.Solve(problem));

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
            .Select(p => new UnmatchedPerson(people[p].Profile.ReferralId, WhyUnmatched(people[p], request.Kind, eligible[p])))
            .ToArray();
        return new AllocationResult(request.Kind, AssignmentProblem.FromUnits(optimal.Objective), AssignmentProblem.FromUnits(greedy.Objective),
            assignments, greedy.ChosenPairs.Count, unmatched, eligible.Sum(e => e.Count));
    }

    /// <summary>Compiles the waiting list on every core; bad input is reported for the first profile in list order that has any, as one at a time would.</summary>
    private PersonQuery[] Compile(AllocationRequest request)
    {
        var now = time.GetUtcNow();
        var profiles = request.WaitingList;
        var people = new PersonQuery[profiles.Count];
        var errors = new MatchingDomainException?[profiles.Count];
        Parallel.For(0, profiles.Count, p =>
        {
            try
            {
                people[p] = search.Compile(profiles[p], now);
            }
            catch (MatchingDomainException e)
            {
                errors[p] = e;
            }
        });
        var ids = new HashSet<Guid>();
        for (var p = 0; p < profiles.Count; p++)
        {
            if (errors[p] is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }
            if (!ids.Add(profiles[p].ReferralId))
            {
                throw new MatchingDomainException($"Referral {profiles[p].ReferralId} is on the waiting list twice.");
            }
        }
        return people;
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

    /// <summary>
    /// Every pair of a person and a place that breaks no hard rule (capacity aside), scored in units, person by person
    /// in the order the search finds them; and per person how many candidates are eligible, and how many of those have room.
    /// </summary>
    /// <remarks>
    /// Blocks of people are searched in parallel, each block into a reused buffer per thread copied out at its exact
    /// size, then joined in block order, so the pairs are the same however the threads ran. A block's pairs are megabytes,
    /// which the garbage collector leaves in place; an array per person would be copied between its generations.
    /// </remarks>
    private (ScoredPair[] Pairs, (int Count, int WithRoom)[] Eligible) EligiblePairs(PersonQuery[] people, CandidateKind kind, int[] placeOfEntry)
    {
        const int PeoplePerBlock = 512;
        var passSets = new PassSets(search.Model.EntriesOf(kind), search.Rules.For(kind, includeCapacity: false));
        var byBlock = new ScoredPair[(people.Length + PeoplePerBlock - 1) / PeoplePerBlock][];
        var eligible = new (int Count, int WithRoom)[people.Length];
        Parallel.For(0, byBlock.Length, block =>
        {
            var buffers = pairBuffers ??= new PairBuffers();
            var passes = buffers.Passes(passSets.Words);
            buffers.Pairs.Clear();
            for (var person = block * PeoplePerBlock; person < Math.Min(people.Length, (block + 1) * PeoplePerBlock); person++)
            {
                passSets.Fill(people[person], passes);
                var collector = new PairCollector(person, placeOfEntry, buffers.Pairs);
                var before = buffers.Pairs.Count;
                search.ForEachEligible(people[person], kind, passes, passSets.PerPair, ref collector);
                eligible[person] = (collector.Eligible, buffers.Pairs.Count - before);
            }
            byBlock[block] = [.. buffers.Pairs];
        });
        var pairs = new ScoredPair[byBlock.Sum(b => (long)b.Length)];
        var at = 0;
        foreach (var blockPairs in byBlock)
        {
            blockPairs.CopyTo(pairs, at);
            at += blockPairs.Length;
        }
        return (pairs, eligible);
    }

    [ThreadStatic]
    private static PairBuffers? pairBuffers;

    private string WhyUnmatched(PersonQuery person, CandidateKind kind, (int Count, int WithRoom) eligible)
    {
        var kindName = kind == CandidateKind.Activity ? "activities" : "volunteers";
        if (eligible.Count == 0)
        {
            return WhyNothingEligible(person, kind, kindName);
        }
        return eligible.WithRoom == 0
            ? $"No eligible place with capacity: the {eligible.Count} eligible {kindName} have no room in this batch."
            : $"Places went to higher-scoring people: the {eligible.WithRoom} eligible {kindName} with room were filled in the allocation with the highest total score.";
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

    /// <summary>Counts each eligible candidate and keeps the pair when the candidate is a place with room.</summary>
    private struct PairCollector(int person, int[] placeOfEntry, List<ScoredPair> pairs) : ICandidateSink
    {
        public int Eligible { get; private set; }

        /// <summary>Every eligible pair counts.</summary>
        public readonly double MinimumScore => double.NegativeInfinity;

        public void Accept(int index, double score)
        {
            Eligible++;
            if (placeOfEntry[index] >= 0)
            {
                pairs.Add(new ScoredPair(person, placeOfEntry[index], AssignmentProblem.ToUnits(score)));
            }
        }
    }

    /// <summary>One thread's scratch: a pass set and the pairs of the person it is searching for.</summary>
    private sealed class PairBuffers
    {
        private ulong[] passes = [];

        public List<ScoredPair> Pairs { get; } = new(1 << 16);

        public Span<ulong> Passes(int words)
        {
            if (passes.Length != words)
            {
                passes = new ulong[words];
            }
            return passes;
        }
    }
}
