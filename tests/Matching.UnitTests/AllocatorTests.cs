using Microsoft.Extensions.Time.Testing;
using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Allocation;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Suggestions;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

public class AllocatorTests
{
    private static Allocator Allocator(MatchingReadModel model) => new(model, MatchingConfiguration.Default, new FakeTimeProvider(Now));

    [Fact]
    public void A_person_with_only_one_option_gets_it_even_though_greedy_would_give_it_away()
    {
        // Anna can reach both walks; Ben lives 4 km north and travels 1.5 km, so only the far walk, which meets
        // none of his needs. Anna's best pair (the far walk meets both her needs) is the best pair of all, so greedy
        // takes it and leaves Ben out; the optimum sends Anna to the near walk and Ben to the far one.
        var nearWalk = Activity(1) with { TaxonomyTermIds = ["walking"], Location = North(0.5), FreePlaces = 1 };
        var farWalk = Activity(2) with { TaxonomyTermIds = ["walking", "loneliness"], Location = North(3.5), FreePlaces = 1 };
        var anna = Person(1) with { NeedTermIds = ["walking", "loneliness"] };
        var ben = Person(2) with { Location = North(4), MaxTravelKm = 1.5, NeedTermIds = ["gardening"] };

        var result = Allocator(Model([nearWalk, farWalk])).Allocate(new AllocationRequest([anna, ben], CandidateKind.Activity));

        Assert.Equal(
            [(anna.ReferralId, nearWalk.Id), (ben.ReferralId, farWalk.Id)],
            result.Assignments.Select(a => (a.ReferralId, a.CandidateId)).OrderBy(a => a.ReferralId));
        Assert.Empty(result.Unmatched);
        Assert.Equal(1, result.GreedyAssignmentCount);
        Assert.True(result.Gap > 0);
        Assert.Equal(result.Assignments.Sum(a => a.Score), result.Objective, 9);
    }

    [Fact]
    public void Everyone_left_unmatched_is_told_why()
    {
        var walk = Activity(1) with { FreePlaces = 1 };
        var fullWalk = Activity(2) with { Location = North(10), FreePlaces = 0 };
        var youthClub = Activity(3) with { Location = North(20), MaxAge = 18 };
        var winner = Person(1) with { DeprivationDecile = 1 };
        var outbid = Person(2) with { DeprivationDecile = 10 };
        var onlyFull = Person(3) with { Location = North(10) };
        var tooOld = Person(4) with { Location = North(20) };
        var remote = Person(5) with { Location = North(40) };

        var result = Allocator(Model([walk, fullWalk, youthClub]))
            .Allocate(new AllocationRequest([winner, outbid, onlyFull, tooOld, remote], CandidateKind.Activity));

        var assignment = Assert.Single(result.Assignments);
        Assert.Equal((winner.ReferralId, walk.Id), (assignment.ReferralId, assignment.CandidateId));
        var reasons = result.Unmatched.ToDictionary(u => u.ReferralId, u => u.Reason);
        Assert.StartsWith("Places went to higher-scoring people", reasons[outbid.ReferralId]);
        Assert.Equal("No eligible place with capacity: the 1 eligible activities have no room in this batch.", reasons[onlyFull.ReferralId]);
        Assert.Equal($"No eligible place: none of the 1 activities within reach meets the hard rules; most often broken: {HardRuleNames.Age} (1).", reasons[tooOld.ReferralId]);
        Assert.Equal("No eligible place: no activities within the 5 km the person travels.", reasons[remote.ReferralId]);
    }

    [Fact]
    public void People_who_have_waited_longer_get_a_scarce_place_first()
    {
        var place = Activity() with { FreePlaces = 1 };
        var recent = Person(1) with { WaitingSince = Now.AddDays(-3) };
        var longWait = Person(2) with { WaitingSince = Now.AddDays(-70) };

        var result = Allocator(Model([place])).Allocate(new AllocationRequest([recent, longWait], CandidateKind.Activity));

        Assert.Equal(longWait.ReferralId, Assert.Single(result.Assignments).ReferralId);
    }

    [Fact]
    public void Befriender_caseloads_and_several_matches_per_person_are_respected()
    {
        var volunteers = Enumerable.Range(1, 3).Select(n => Volunteer(n) with { CurrentCaseload = 0, CaseloadLimit = n }).ToArray();
        var people = Enumerable.Range(1, 5).Select(n => Person(n)).ToArray();

        var result = Allocator(Model(volunteers: volunteers))
            .Allocate(new AllocationRequest(people, CandidateKind.Volunteer) { MaxMatchesPerPerson = 2 });

        Assert.Equal(6, result.Assignments.Count);
        Assert.All(result.Assignments.GroupBy(a => a.CandidateId), g => Assert.True(g.Count() <= volunteers.Single(v => v.Id == g.Key).CaseloadLimit));
        Assert.All(result.Assignments.GroupBy(a => a.ReferralId), g => Assert.True(g.Count() <= 2));
        Assert.All(result.Assignments.GroupBy(a => (a.ReferralId, a.CandidateId)), g => Assert.Single(g));
    }

    [Fact]
    public void Given_capacities_replace_the_read_models_and_unlisted_candidates_get_none()
    {
        var listed = Activity(1) with { FreePlaces = 0 };
        var unlisted = Activity(2) with { FreePlaces = 10 };
        var people = Enumerable.Range(1, 4).Select(n => Person(n)).ToArray();

        var result = Allocator(Model([listed, unlisted])).Allocate(new AllocationRequest(people, CandidateKind.Activity)
        {
            Capacities = new Dictionary<Guid, int> { [listed.Id] = 2 },
        });

        Assert.Equal(2, result.Assignments.Count);
        Assert.All(result.Assignments, a => Assert.Equal(listed.Id, a.CandidateId));
    }

    [Fact]
    public void The_allocation_objective_equals_a_brute_force_optimum_over_explained_scores_in_random_small_worlds()
    {
        var random = new Random(42);
        for (var world = 0; world < 150; world++)
        {
            var activities = Enumerable.Range(1, random.Next(1, 5)).Select(n => Activity(n) with
            {
                Location = At(random.NextDouble() * 6, random.NextDouble() * 6),
                TaxonomyTermIds = [.. Pick(random, ["walking", "loneliness", "gardening", "nordic-walking"])],
                MinAge = random.NextDouble() < 0.3 ? 60 : null,
                FreePlaces = random.Next(0, 3),
            }).ToArray();
            var people = Enumerable.Range(1, random.Next(1, 7)).Select(n => Person(n) with
            {
                Location = At(random.NextDouble() * 6, random.NextDouble() * 6),
                MaxTravelKm = 2 + (random.NextDouble() * 4),
                NeedTermIds = [.. Pick(random, ["walking", "loneliness", "physical-activity"])],
                Age = random.Next(40, 80),
                DeprivationDecile = random.Next(1, 11),
                WaitingSince = Now.AddDays(-random.Next(0, 120)),
            }).ToArray();
            var model = Model(activities);
            var maxPerPerson = random.Next(1, 3);

            var result = Allocator(model).Allocate(new AllocationRequest(people, CandidateKind.Activity) { MaxMatchesPerPerson = maxPerPerson });

            // Independently of the allocator's own search: eligibility and score from Explain, capacity from the activity.
            var suggester = Suggester(model);
            var pairs = new List<ScoredPair>();
            for (var p = 0; p < people.Length; p++)
            {
                for (var a = 0; a < activities.Length; a++)
                {
                    var explanation = suggester.Explain(people[p], CandidateKind.Activity, activities[a].Id);
                    if (explanation.BrokenRules.All(r => r.Rule == HardRuleNames.FreeCapacity))
                    {
                        pairs.Add(new ScoredPair(p, a, AssignmentProblem.ToUnits(explanation.Score.Total)));
                    }
                }
            }
            var problem = new AssignmentProblem(people.Length, [.. activities.Select(a => a.FreePlaces)], pairs, maxPerPerson);
            Assert.Equal(BruteForce.Optimum(problem), AssignmentProblem.ToUnits(result.Objective));
            Assert.True(result.GreedyObjective <= result.Objective);
            Assert.Equal(people.Length, result.Assignments.Select(a => a.ReferralId).Distinct().Count() + result.Unmatched.Count);
        }
    }

    [Theory]
    [InlineData(CandidateKind.Activity, 1)]
    [InlineData(CandidateKind.Volunteer, 2)]
    public void A_waiting_list_gets_the_optimum_and_greedy_result_of_one_flow_over_every_pair_the_suggestion_search_allows(CandidateKind kind, int maxPerPerson)
    {
        // The reference is the allocator as it was before it answered rules per person key and started the flow from
        // each person's best pairs: every pair the suggestions' search finds (each rule asked per pair), one flow over all.
        var world = new RandomWorld(18, activities: 150, volunteers: 150, people: 600);
        var model = Model(world.Activities, world.Volunteers);

        var result = Allocator(model).Allocate(new AllocationRequest(world.People, kind) { MaxMatchesPerPerson = maxPerPerson });

        var search = new CandidateSearch(model, MatchingConfiguration.Default);
        var pairs = new List<ScoredPair>();
        for (var person = 0; person < world.People.Length; person++)
        {
            var collector = new PairCollector(person, pairs);
            search.ForEachEligible(search.Compile(world.People[person], Now), kind, includeCapacity: false, ref collector);
        }
        var capacities = model.EntriesOf(kind).Select(e => e.FreeCapacity).ToArray();
        var problem = new AssignmentProblem(world.People.Length, capacities, pairs, maxPerPerson);
        var optimal = OptimalAssigner.Solve(problem, firstPairsPerPerson: capacities.Length);
        var greedy = GreedyAssigner.Solve(problem);

        Assert.Equal(pairs.Count, result.EligiblePairs);
        Assert.Equal(optimal.Objective, AssignmentProblem.ToUnits(result.Objective));
        Assert.Equal(greedy.Objective, AssignmentProblem.ToUnits(result.GreedyObjective));
        Assert.Equal(greedy.ChosenPairs.Count, result.GreedyAssignmentCount);
        // Places are scarce enough here that the allocation has to choose.
        Assert.NotEmpty(result.Unmatched);
    }

    private readonly struct PairCollector(int person, List<ScoredPair> pairs) : ICandidateSink
    {
        public double MinimumScore => double.NegativeInfinity;

        public void Accept(int index, double score) => pairs.Add(new ScoredPair(person, index, AssignmentProblem.ToUnits(score)));
    }

    private static GeoPoint At(double kmNorth, double kmEast) =>
        new(Home.Latitude + (kmNorth / KmPerDegree), Home.Longitude + (kmEast / (KmPerDegree * Math.Cos(Home.Latitude * Math.PI / 180))));

    private static IEnumerable<string> Pick(Random random, string[] terms) => terms.Where(_ => random.NextDouble() < 0.5);
}
