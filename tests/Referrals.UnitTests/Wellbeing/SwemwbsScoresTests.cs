using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.UnitTests.Wellbeing;

public class SwemwbsScoresTests
{
    [Fact]
    public void The_raw_items_are_kept_and_totalled_then_converted_to_the_metric_score()
    {
        // 3 + 4 + 2 + 3 + 4 + 3 + 4 = 23; the conversion table gives 23 → 20.73.
        var scores = new SwemwbsScores(optimistic: 3, useful: 4, relaxed: 2, dealingWithProblems: 3, thinkingClearly: 4, closeToOthers: 3, ownMind: 4);

        Assert.Equal([3, 4, 2, 3, 4, 3, 4], scores.Items);
        Assert.Equal(23, scores.RawTotal);
        Assert.Equal(20.73m, scores.MetricScore);
    }

    [Theory]
    [InlineData(1, 7, 7.00)]
    [InlineData(2, 14, 15.32)]
    [InlineData(5, 35, 35.00)]
    public void Every_item_the_same_gives_seven_times_it_and_the_table_score(int answer, int rawTotal, double metric)
    {
        var scores = new SwemwbsScores(Enumerable.Repeat<int?>(answer, 7).ToList());

        Assert.Equal(rawTotal, scores.RawTotal);
        Assert.Equal((decimal)metric, scores.MetricScore);
    }

    [Fact]
    public void The_conversion_table_rises_with_every_raw_point()
    {
        var metrics = Enumerable.Range(7, 29).Select(SwemwbsConversion.ToMetric).ToList();

        Assert.All(metrics.Zip(metrics.Skip(1)), pair => Assert.True(pair.Second > pair.First));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(36)]
    public void A_raw_total_outside_7_to_35_has_no_metric_score(int rawTotal)
    {
        Assert.Throws<DomainException>(() => SwemwbsConversion.ToMetric(rawTotal));
    }

    [Fact]
    public void Items_out_of_1_to_5_are_named()
    {
        var error = Assert.Throws<FieldErrorsException>(() => new SwemwbsScores(0, 3, 3, 3, 3, 6, 3));

        Assert.Equal(["closeToOthers", "optimistic"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Exactly_seven_items_are_needed()
    {
        Assert.Equal("items", Assert.Throws<DomainException>(() => new SwemwbsScores([3, 3, 3, 3, 3, 3])).Field);
    }

    [Fact]
    public void A_statement_the_person_preferred_not_to_answer_is_kept_as_such_and_the_scale_is_not_scored()
    {
        var scores = new SwemwbsScores([3, 4, null, 3, 4, 3, 4]);

        Assert.Equal([3, 4, null, 3, 4, 3, 4], scores.Items);
        Assert.False(scores.IsComplete);
        Assert.Null(scores.RawTotal);
        Assert.Null(scores.MetricScore);
    }

    [Fact]
    public void Every_statement_declined_is_not_a_SWEMWBS_answer_at_all()
    {
        Assert.Equal("swemwbs", Assert.Single(Assert.Throws<FieldErrorsException>(() => new SwemwbsScores(new int?[7])).Errors.Keys));
    }
}
