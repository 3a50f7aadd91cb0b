using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.Scoring;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

public class ScoreTests
{
    [Fact]
    public void A_score_is_the_weighted_mean_of_its_named_parts()
    {
        var person = Person() with
        {
            NeedTermIds = ["physical-activity", "loneliness"],
            Languages = ["pa", "en"],
            DeprivationDecile = 2,
            WaitingSince = Now.AddDays(-42),
        };
        var activity = Activity() with
        {
            TaxonomyTermIds = ["walking", "loneliness"],
            Location = North(2),
            Sessions = [new TimeSlot(DayOfWeek.Tuesday, new TimeOnly(11, 0), new TimeOnly(12, 30))],
            Languages = ["en"],
            Provider = new ProviderRecord(AnswerRate: 0.9, AcceptanceRate: 0.6, MedianDaysToAnswer: 7),
        };

        var score = Suggester(activity).Explain(person, CandidateKind.Activity, activity.Id).Score;

        // Worked by hand with the default weights (they sum to 1, so each contribution is weight x value):
        //   needs:       physical-activity met by its child "walking" = 0.5, loneliness exact = 1 -> (0.5 + 1) / 2 = 0.75;  0.35 x 0.75  = 0.2625
        //   distance:    2 km of a 5 km limit -> 1 - 2/5 = 0.6;                                                          0.20 x 0.6   = 0.12
        //   free times:  free Tue 10:00-12:00, session Tue 11:00-12:30 -> 60 of 90 minutes = 2/3;                         0.15 x 2/3   = 0.1
        //   provider:    (0.9 answered + 0.6 accepted + (1 - 7/14) promptness) / 3 = 2.0 / 3 = 2/3;                      0.05 x 2/3   = 0.0333333
        //   ratings:     no one has rated it yet -> neutral 0.5;                                                         0.05 x 0.5   = 0.025
        //   deprivation: decile 2 -> (10 - 2) / 9 = 8/9;                                                                 0.10 x 8/9   = 0.0888889
        //   waiting:     42 of 84 days = 0.5;                                                                             0.05 x 0.5   = 0.025
        //   language:    speaks "en", not the first language "pa" = 0.7;                                                0.05 x 0.7   = 0.035
        //   total = 0.2625 + 0.12 + 0.1 + 0.0333333 + 0.025 + 0.0888889 + 0.025 + 0.035 = 0.6897222
        Assert.Equal(0.6897222, score.Total, 6);
        Assert.Equal(0.75, Part(score, ScorePartNames.Needs).Value, 9);
        Assert.Equal(0.6, Part(score, ScorePartNames.Distance).Value, 9);
        Assert.Equal(2.0 / 3, Part(score, ScorePartNames.TimeOverlap).Value, 9);
        Assert.Equal(2.0 / 3, Part(score, ScorePartNames.Responsiveness).Value, 9);
        Assert.Equal(0.5, Part(score, ScorePartNames.Rating).Value, 9);
        Assert.Equal(8.0 / 9, Part(score, ScorePartNames.Deprivation).Value, 9);
        Assert.Equal(0.5, Part(score, ScorePartNames.Waiting).Value, 9);
        Assert.Equal(0.7, Part(score, ScorePartNames.Language).Value, 9);
        Assert.Equal(score.Total, score.Parts.Sum(p => p.Contribution), 12);
        Assert.Equal(
            "Meets 2 of the person's 2 needs and interests: Physical activity (partly, through a narrower term), Loneliness and isolation.",
            Part(score, ScorePartNames.Needs).Reason);
        Assert.Equal("2.0 km away, within the 5 km travel limit.", Part(score, ScorePartNames.Distance).Reason);
        Assert.Equal("The person is free for 67% of the Tuesday 11:00-12:30 slot.", Part(score, ScorePartNames.TimeOverlap).Reason);
    }

    [Fact]
    public void A_narrower_term_counts_half_for_each_level_below_the_need()
    {
        var child = Activity(1) with { TaxonomyTermIds = ["walking"] };
        var grandchild = Activity(2) with { TaxonomyTermIds = ["nordic-walking"] };
        var parent = Activity(3) with { TaxonomyTermIds = ["physical-activity"] };
        var suggester = Suggester(child, grandchild, parent);
        var person = Person() with { NeedTermIds = ["physical-activity"] };

        double NeedsValue(ActivityCandidate a) => Part(suggester.Explain(person, CandidateKind.Activity, a.Id).Score, ScorePartNames.Needs).Value;

        Assert.Equal(1, NeedsValue(parent));
        Assert.Equal(0.5, NeedsValue(child));
        Assert.Equal(0.25, NeedsValue(grandchild));
    }

    [Fact]
    public void Volunteers_are_scored_without_the_provider_and_rating_parts_and_their_weights_are_renormalised()
    {
        var volunteer = Volunteer();
        var score = Suggester(volunteer).Explain(Person(), CandidateKind.Volunteer, volunteer.Id).Score;

        Assert.DoesNotContain(score.Parts, p => p.Name == ScorePartNames.Responsiveness);
        Assert.DoesNotContain(score.Parts, p => p.Name == ScorePartNames.Rating);
        // needs 1 (walking), distance 1 - 1/5 = 0.8, free times: the person's 120 free minutes lie within the
        // 4-hour slot and 120 minutes is enough -> 1, language 1, deprivation unknown 0.5, waiting 14/84 = 1/6.
        // Weights without responsiveness and ratings sum to 0.9:
        // (0.35 x 1 + 0.20 x 0.8 + 0.15 x 1 + 0.05 x 1 + 0.10 x 0.5 + 0.05 x 1/6) / 0.9
        //   = (0.35 + 0.16 + 0.15 + 0.05 + 0.05 + 0.0083333) / 0.9 = 0.7683333 / 0.9 = 0.8537037
        Assert.Equal(0.8537037, score.Total, 6);
    }

    [Fact]
    public void Weights_change_the_order_of_suggestions()
    {
        var nearButOffTopic = Activity(1) with { TaxonomyTermIds = ["gardening"], Location = North(0.1) };
        var farButOnTopic = Activity(2) with { TaxonomyTermIds = ["walking"], Location = North(4.5) };
        var model = Model([nearButOffTopic, farButOnTopic]);
        var distanceOnly = new MatchingConfiguration { Weights = new MatchingWeights { Needs = 0, Distance = 1, TimeOverlap = 0, Responsiveness = 0, Rating = 0, Deprivation = 0, Waiting = 0, Language = 0 } };

        var byDefault = Suggester(model).Suggest(Person(), CandidateKind.Activity, 2);
        var byDistance = Suggester(model, distanceOnly).Suggest(Person(), CandidateKind.Activity, 2);

        Assert.Equal([farButOnTopic.Id, nearButOffTopic.Id], byDefault.Select(s => s.CandidateId));
        Assert.Equal([nearButOffTopic.Id, farButOnTopic.Id], byDistance.Select(s => s.CandidateId));
    }

    private static ScorePart Part(Score score, string name) => Assert.Single(score.Parts, p => p.Name == name);
}
