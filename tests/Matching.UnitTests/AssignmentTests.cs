using SocialPrescribing.Matching.Domain.Allocation;

namespace SocialPrescribing.Matching.UnitTests;

public class AssignmentTests
{
    [Fact]
    public void The_optimum_beats_greedy_when_the_best_single_pair_blocks_two_good_ones()
    {
        // Person 0 scores 10 at place 0 and 9 at place 1; person 1 can only go to place 0 (8). One place each.
        // Greedy takes the 10 first, leaving person 1 with nothing: 10. The optimum is 9 + 8 = 17.
        var problem = new AssignmentProblem(2, [1, 1], [new(0, 0, 10), new(0, 1, 9), new(1, 0, 8)], maxPerPerson: 1);

        var optimal = OptimalAssigner.Solve(problem);
        var greedy = GreedyAssigner.Solve(problem);

        Assert.Equal(17, optimal.Objective);
        Assert.Equal(10, greedy.Objective);
        Assert.Equal([1, 2], optimal.ChosenPairs.Order());
    }

    [Fact]
    public void Leaving_a_person_unmatched_is_better_than_forcing_a_poor_pair()
    {
        // Filling both places would give 1 + 1 = 2; giving the one good pair gives 10.
        var problem = new AssignmentProblem(2, [1, 1], [new(0, 0, 10), new(0, 1, 1), new(1, 0, 1)], maxPerPerson: 1);

        Assert.Equal(10, OptimalAssigner.Solve(problem).Objective);
    }

    [Fact]
    public void The_optimum_equals_brute_force_and_never_loses_to_greedy_on_many_small_random_problems()
    {
        var random = new Random(20261123);
        var greedyStrictlyWorse = 0;
        for (var instance = 0; instance < 1500; instance++)
        {
            var problem = RandomProblem(random);

            var optimal = OptimalAssigner.Solve(problem);
            var greedy = GreedyAssigner.Solve(problem);

            BruteForce.AssertFeasible(problem, optimal);
            BruteForce.AssertFeasible(problem, greedy);
            Assert.Equal(BruteForce.Optimum(problem), optimal.Objective);
            Assert.True(greedy.Objective <= optimal.Objective);
            greedyStrictlyWorse += greedy.Objective < optimal.Objective ? 1 : 0;
        }
        // The instances are varied enough to catch greedy out, so the comparison means something.
        Assert.True(greedyStrictlyWorse > 50, $"greedy was beaten on only {greedyStrictlyWorse} instances");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Starting_from_each_persons_single_best_pair_and_each_places_best_few_still_reaches_the_brute_force_optimum(int firstPairsPerSeat)
    {
        var random = new Random(20261207);
        for (var instance = 0; instance < 1500; instance++)
        {
            var problem = RandomProblem(random);

            var optimal = OptimalAssigner.Solve(problem, firstPairsPerPerson: 1, firstPairsPerSeat);

            BruteForce.AssertFeasible(problem, optimal);
            Assert.Equal(BruteForce.Optimum(problem), optimal.Objective);
        }
    }

    [Fact]
    public void Starting_from_a_few_pairs_per_person_reaches_the_optimum_of_the_flow_over_every_pair_on_larger_problems()
    {
        var random = new Random(7);
        for (var instance = 0; instance < 40; instance++)
        {
            var (people, places) = (random.Next(50, 200), random.Next(5, 40));
            var capacities = Enumerable.Range(0, places).Select(_ => random.Next(0, 6)).ToArray();
            var pairs = Enumerable.Range(0, people)
                .SelectMany(person => Enumerable.Range(0, places).Where(_ => random.NextDouble() < 0.5)
                    .Select(place => new ScoredPair(person, place, random.Next(0, 5) * 200_000 + random.Next(0, 3))))
                .ToList();
            var problem = new AssignmentProblem(people, capacities, pairs, maxPerPerson: random.Next(1, 3));

            var everyPairAtOnce = OptimalAssigner.Solve(problem, firstPairsPerPerson: places);
            var fewFirst = OptimalAssigner.Solve(problem, firstPairsPerPerson: 2);
            var fewFirstAndPlacesBest = OptimalAssigner.Solve(problem, firstPairsPerPerson: 2, firstPairsPerSeat: 2);

            BruteForce.AssertFeasible(problem, fewFirst);
            BruteForce.AssertFeasible(problem, fewFirstAndPlacesBest);
            Assert.Equal(everyPairAtOnce.Objective, fewFirst.Objective);
            Assert.Equal(everyPairAtOnce.Objective, fewFirstAndPlacesBest.Objective);
        }
    }

    /// <summary>Up to 6 people and 4 places, capacities 0-3, up to 2 matches per person, scores with frequent ties.</summary>
    private static AssignmentProblem RandomProblem(Random random)
    {
        var people = random.Next(1, 7);
        var places = random.Next(1, 5);
        var capacities = Enumerable.Range(0, places).Select(_ => random.Next(0, 4)).ToArray();
        var maxPerPerson = people <= 5 ? random.Next(1, 3) : 1;
        var pairs = new List<ScoredPair>();
        for (var person = 0; person < people; person++)
        {
            for (var place = 0; place < places; place++)
            {
                if (random.NextDouble() < 0.6)
                {
                    var score = random.NextDouble() < 0.3 ? random.Next(0, 4) * 250_000 : random.Next(0, 1_000_001);
                    pairs.Add(new ScoredPair(person, place, score));
                }
            }
        }
        return new AssignmentProblem(people, capacities, pairs, maxPerPerson);
    }
}
