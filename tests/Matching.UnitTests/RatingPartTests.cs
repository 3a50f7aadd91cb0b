using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.Scoring;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

/// <summary>
/// People's ratings (1 to 5) as a quality signal. Worked by hand: below 5 ratings the part is neutral, 0.5; from 5 on,
/// the Bayesian average adds 5 imagined ratings of 3, (5 x 3 + sum) / (5 + count), and puts it on 0..1 as (average - 1) / 4.
/// </summary>
public class RatingPartTests
{
    [Fact]
    public void An_activity_no_one_has_rated_is_neither_helped_nor_held_back()
    {
        var part = RatingOf(Activity());

        Assert.Equal(0.5, part.Value, 9);
        Assert.Equal("No one has rated it yet.", part.Reason);
    }

    [Fact]
    public void Fewer_than_five_ratings_count_as_neutral_however_high_they_are()
    {
        // Four people, all "very good" (4 x 5 = 20): too few to mean something, so 0.5 as if unrated.
        var part = RatingOf(Activity() with { Ratings = new PeoplesRatings(Count: 4, Sum: 20) });

        Assert.Equal(0.5, part.Value, 9);
        Assert.Equal("Rated by fewer than 5 people so far: too few to count.", part.Reason);
    }

    [Fact]
    public void Twelve_ratings_averaging_four_point_six_are_explained_in_words_and_pulled_a_little_toward_neutral()
    {
        // 12 people, sum 55, mean 55 / 12 = 4.583 (shown as 4.6).
        // Bayesian average (5 x 3 + 55) / (5 + 12) = 70 / 17 = 4.117647; on 0..1: (4.117647 - 1) / 4 = 0.779412.
        var part = RatingOf(Activity() with { Ratings = new PeoplesRatings(Count: 12, Sum: 55) });

        Assert.Equal(0.779412, part.Value, 6);
        Assert.Equal("Rated 4.6 out of 5 by 12 people.", part.Reason);
    }

    [Fact]
    public void Five_poor_ratings_hold_an_activity_back()
    {
        // 5 people, all "very poor" (sum 5): (15 + 5) / 10 = 2.0; on 0..1: (2.0 - 1) / 4 = 0.25.
        var part = RatingOf(Activity() with { Ratings = new PeoplesRatings(Count: 5, Sum: 5) });

        Assert.Equal(0.25, part.Value, 9);
        Assert.Equal("Rated 1.0 out of 5 by 5 people.", part.Reason);
    }

    [Fact]
    public void Many_good_ratings_outrank_a_few_perfect_ones_and_a_well_rated_activity_outranks_an_unrated_one()
    {
        // Few perfect: 5 x 5 = 25 -> (15 + 25) / 10 = 4.0 -> 0.75.  Many good: 40 people, sum 180 (mean 4.5)
        // -> (15 + 180) / 45 = 4.333 -> 0.833.  Unrated: 0.5. Everything else about the three is the same.
        var fewPerfect = Activity(1) with { Ratings = new PeoplesRatings(5, 25) };
        var manyGood = Activity(2) with { Ratings = new PeoplesRatings(40, 180) };
        var unrated = Activity(3);

        var ranked = Suggester(fewPerfect, manyGood, unrated).Suggest(Person(), CandidateKind.Activity, 3);

        Assert.Equal([manyGood.Id, fewPerfect.Id, unrated.Id], ranked.Select(s => s.CandidateId));
        Assert.Equal(0.75, RatingOf(fewPerfect).Value, 9);
        Assert.Equal(0.833333, RatingOf(manyGood).Value, 6);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 4)]
    [InlineData(5, 26)]
    public void Ratings_that_cannot_come_from_one_to_five_answers_are_refused(int count, int sum)
    {
        var error = Assert.Throws<MatchingDomainException>(() => Model([Activity() with { Ratings = new PeoplesRatings(count, sum) }]));

        Assert.Contains("ratings are 1 to 5 each", error.Message);
    }

    private static ScorePart RatingOf(ActivityCandidate activity) =>
        Assert.Single(Suggester(activity).Explain(Person(), CandidateKind.Activity, activity.Id).Score.Parts, p => p.Name == ScorePartNames.Rating);
}
