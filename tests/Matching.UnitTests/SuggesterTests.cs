using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Scoring;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

public class SuggesterTests
{
    [Fact]
    public void Suggest_returns_the_top_k_eligible_candidates_best_first_with_reasons()
    {
        // Same activity at 0.5, 1.0, ... 4.5 km north: nearer scores higher. One more is full, one too far.
        var activities = Enumerable.Range(1, 9).Select(n => Activity(n) with { Location = North(n * 0.5) }).ToList();
        activities.Add(Activity(10) with { Location = North(0.2), FreePlaces = 0 });
        activities.Add(Activity(11) with { Location = North(5.5) });
        var suggester = Suggester([.. activities]);

        var suggestions = suggester.Suggest(Person(), CandidateKind.Activity, 3);

        Assert.Equal([Activity(1).Id, Activity(2).Id, Activity(3).Id], suggestions.Select(s => s.CandidateId));
        Assert.Equal([1, 2, 3], suggestions.Select(s => s.Rank));
        Assert.All(suggestions, s => Assert.Equal(8, s.Score.Parts.Count));
        Assert.All(suggestions.SelectMany(s => s.Score.Parts), p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
        Assert.Equal(9, suggester.Suggest(Person(), CandidateKind.Activity, 100).Count);
    }

    [Fact]
    public void Explain_gives_the_same_rank_as_suggest_and_says_what_helps_and_hurts()
    {
        var activities = Enumerable.Range(1, 9).Select(n => Activity(n) with { Location = North(n * 0.5) }).ToArray();
        var suggester = Suggester(activities);
        var suggestions = suggester.Suggest(Person(), CandidateKind.Activity, 9);

        foreach (var suggestion in suggestions)
        {
            var explanation = suggester.Explain(Person(), CandidateKind.Activity, suggestion.CandidateId);
            Assert.Equal(suggestion.Rank, explanation.Rank);
            Assert.Equal(suggestion.Score.Total, explanation.Score.Total);
            Assert.Equal(9, explanation.EligibleCount);
        }
        var fourth = suggester.Explain(Person(), CandidateKind.Activity, Activity(4).Id);
        Assert.StartsWith($"Ranks 4 of 9 eligible activities with a score of {fourth.Score.Total:0.00} (the top scores {suggestions[0].Score.Total:0.00}).", fourth.Summary);
        Assert.Contains("gains most from needs and interests", fourth.Summary);
    }

    [Fact]
    public void Equal_scores_rank_in_a_stable_order()
    {
        var twins = new[] { Activity(1), Activity(2) };
        var suggester = Suggester(twins);

        var first = suggester.Suggest(Person(), CandidateKind.Activity, 2);
        var second = suggester.Suggest(Person(), CandidateKind.Activity, 2);

        Assert.Equal(first.Select(s => s.CandidateId), second.Select(s => s.CandidateId));
        Assert.Equal(1, suggester.Explain(Person(), CandidateKind.Activity, first[0].CandidateId).Rank);
        Assert.Equal(2, suggester.Explain(Person(), CandidateKind.Activity, first[1].CandidateId).Rank);
    }

    [Fact]
    public void A_matching_need_puts_the_candidate_first_whatever_else_is_nearer()
    {
        var near = Activity(1) with { TaxonomyTermIds = ["gardening"], Location = North(0.2) };
        var onTopic = Activity(2) with { TaxonomyTermIds = ["gardening", "loneliness"], Location = North(3) };
        var suggester = Suggester(near, onTopic);

        var top = suggester.Suggest(Person() with { NeedTermIds = ["loneliness"] }, CandidateKind.Activity, 1).Single();

        Assert.Equal(onTopic.Id, top.CandidateId);
        Assert.Equal("Meets 1 of the person's 1 needs and interests: Loneliness and isolation.",
            top.Score.Parts.Single(p => p.Name == ScorePartNames.Needs).Reason);
    }
}
