using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Scoring;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>An allocation asks the rules once per person key and keeps candidates' values: neither may change an answer.</summary>
public class PassSetTests
{
    private static readonly RandomWorld World = new(2026, activities: 120, volunteers: 120, people: 400);
    private static readonly MatchingReadModel WorldModel = Model(World.Activities, World.Volunteers);

    [Theory]
    [InlineData(CandidateKind.Activity)]
    [InlineData(CandidateKind.Volunteer)]
    public void Pass_sets_and_the_per_pair_rules_let_through_exactly_the_pairs_every_rule_lets_through(CandidateKind kind)
    {
        var rules = new HardRules(WorldModel).For(kind, includeCapacity: true);
        var passSets = new PassSets(WorldModel.EntriesOf(kind), rules);
        var passes = new ulong[passSets.Words];
        var passing = 0;
        foreach (var profile in World.People)
        {
            var person = Query(profile);
            passSets.Fill(person, passes);
            foreach (var entry in WorldModel.EntriesOf(kind))
            {
                var pair = new Pair(person, entry);
                var expected = HardRules.AllPass(rules, pair);
                var actual = PassSets.Contains(passes, entry.Index) && HardRules.AllPass(passSets.PerPair, pair);
                Assert.True(expected == actual, $"{profile.ReferralId} and {entry.Id}: the rules say {expected}, the pass sets {actual}");
                passing += expected ? 1 : 0;
            }
        }
        // Of the 400 x 120 = 48,000 pairs, hundreds pass and most fail (volunteers' rules are the stricter), so both answers are compared.
        Assert.InRange(passing, 500, 47_000);
        Assert.Equal([HardRuleNames.AlreadyConnected, HardRuleNames.TravelDistance], passSets.PerPair.Select(r => r.Name));
    }

    [Theory]
    [InlineData(CandidateKind.Activity)]
    [InlineData(CandidateKind.Volunteer)]
    public void A_scorer_that_kept_candidates_values_for_earlier_people_scores_each_pair_as_a_fresh_one_does(CandidateKind kind)
    {
        var kept = new Scorer(WorldModel, MatchingWeights.Default);
        foreach (var profile in World.People)
        {
            var person = Query(profile);
            var fresh = new Scorer(WorldModel, MatchingWeights.Default);
            foreach (var entry in WorldModel.EntriesOf(kind))
            {
                var pair = new Pair(person, entry);
                Assert.Equal(fresh.Total(pair), kept.Total(pair));
            }
        }
    }

    private static PersonQuery Query(Domain.Profiles.PersonProfile profile) => new(profile, WorldModel, MatchingConfiguration.Default, Now);
}
