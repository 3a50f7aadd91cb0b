using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Scoring;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>
/// Suggest and Explain against a reference that skips nothing: every candidate, every hard rule, every score part,
/// sorted. Whatever the search skips or keeps to go faster must not change a suggestion, a score or a rank.
/// </summary>
public class SuggestReferenceTests
{
    private static readonly RandomWorld World = new(77, activities: 300, volunteers: 300, people: 250);

    // Copies of the first candidates under new ids score exactly what their originals do, so ties are ranked too.
    private static readonly MatchingReadModel WorldModel = Model(
        [.. World.Activities, .. World.Activities.Take(60).Select((a, i) => a with { Id = IdOf(100_000 + i) })],
        [.. World.Volunteers, .. World.Volunteers.Take(60).Select((v, i) => v with { Id = IdOf(200_000 + i) })]);

    [Theory]
    [InlineData(CandidateKind.Activity, 1)]
    [InlineData(CandidateKind.Activity, 10)]
    [InlineData(CandidateKind.Activity, 100)]
    [InlineData(CandidateKind.Volunteer, 1)]
    [InlineData(CandidateKind.Volunteer, 10)]
    [InlineData(CandidateKind.Volunteer, 100)]
    public void Suggestions_are_the_best_k_of_every_candidate_that_breaks_no_rule_with_the_same_scores_and_reasons(CandidateKind kind, int k)
    {
        var suggester = Suggester(WorldModel);
        var suggested = 0;
        var ties = 0;
        foreach (var profile in World.People)
        {
            var expected = Reference(profile, kind).Take(k).ToArray();
            var actual = suggester.Suggest(profile, kind, k);

            Assert.Equal(expected.Select(e => e.Id), actual.Select(s => s.CandidateId));
            Assert.Equal(expected.Select(e => e.DistanceKm), actual.Select(s => s.DistanceKm));
            Assert.Equal(expected.Select(e => e.Score.Total), actual.Select(s => s.Score.Total));
            Assert.Equal(expected.SelectMany(e => e.Score.Parts), actual.SelectMany(s => s.Score.Parts));
            suggested += actual.Count;
            ties += expected.Zip(expected.Skip(1)).Count(p => p.First.Score.Total == p.Second.Score.Total);
        }
        Assert.InRange(suggested, World.People.Length * Math.Min(k, 3) / 2, World.People.Length * k);
        if (k > 1)
        {
            Assert.True(ties > 0, "No ties among the suggestions: the world should have some to rank.");
        }
    }

    [Theory]
    [InlineData(CandidateKind.Activity)]
    [InlineData(CandidateKind.Volunteer)]
    public void Explain_gives_the_rank_eligible_count_and_top_score_of_the_reference(CandidateKind kind)
    {
        var suggester = Suggester(WorldModel);
        var rules = new HardRules(WorldModel).For(kind, includeCapacity: true);
        var scorer = new Scorer(WorldModel, MatchingWeights.Default);
        foreach (var profile in World.People.Take(60))
        {
            var person = Query(profile);
            var eligible = Reference(profile, kind);
            foreach (var entry in WorldModel.EntriesOf(kind).Where((_, i) => i % 17 == profile.Age % 17))
            {
                var explanation = suggester.Explain(profile, kind, entry.Id);
                var at = Array.FindIndex(eligible, e => e.Id == entry.Id);

                Assert.Equal(at >= 0 ? at + 1 : null, explanation.Rank);
                Assert.Equal(eligible.Length, explanation.EligibleCount);
                Assert.Equal(eligible.Length > 0 ? eligible[0].Score.Total : null, explanation.TopScore);
                Assert.Equal(HardRules.Broken(rules, new Pair(person, entry)), explanation.BrokenRules);
                Assert.Equal(scorer.Explain(new Pair(person, entry)).Parts, explanation.Score.Parts);
            }
        }
    }

    [Fact]
    public void The_search_s_distance_bound_is_never_above_the_distance_and_is_close_to_it_nearby()
    {
        var random = new Random(5);
        for (var i = 0; i < 100_000; i++)
        {
            // Half the pairs within tens of kilometres, half anywhere on the Earth.
            var spread = i % 2 == 0 ? 0.002 : Math.PI;
            var (lat1, lon1) = (((random.NextDouble() * 2) - 1) * 1.5, ((random.NextDouble() * 2) - 1) * Math.PI);
            var (lat2, lon2) = (Math.Clamp(lat1 + (((random.NextDouble() * 2) - 1) * spread), -1.5, 1.5), lon1 + (((random.NextDouble() * 2) - 1) * spread));
            var exact = GeoPoint.HaversineKm(lat1, lon1, Math.Cos(lat1), lat2, lon2, Math.Cos(lat2));
            var bound = GeoPoint.HaversineLowerBoundKm(lat1, lon1, Math.Cos(lat1), lat2, lon2, Math.Cos(lat2));

            Assert.True(bound <= exact, $"({lat1}, {lon1}) to ({lat2}, {lon2}): bound {bound} above {exact}");
            if (spread < 0.01)
            {
                Assert.InRange(bound, exact * (1 - 1e-6), exact);
            }
        }
    }

    /// <summary>Every candidate of the kind that breaks no hard rule, scored and explained, best first, ties by entry order.</summary>
    private static (Guid Id, int Index, double DistanceKm, Score Score)[] Reference(PersonProfile profile, CandidateKind kind)
    {
        var person = Query(profile);
        var rules = new HardRules(WorldModel).For(kind, includeCapacity: true);
        var scorer = new Scorer(WorldModel, MatchingWeights.Default);
        return
        [
            .. WorldModel.EntriesOf(kind)
                .Select(entry => new Pair(person, entry))
                .Where(pair => HardRules.Broken(rules, pair).Length == 0)
                .Select(pair => (pair.Candidate.Id, pair.Candidate.Index, pair.DistanceKm, Score: scorer.Explain(pair)))
                .OrderByDescending(c => c.Score.Total).ThenBy(c => c.Index),
        ];
    }

    private static PersonQuery Query(PersonProfile profile) => new(profile, WorldModel, MatchingConfiguration.Default, Now);
}
