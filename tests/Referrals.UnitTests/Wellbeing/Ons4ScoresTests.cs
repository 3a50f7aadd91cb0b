using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.UnitTests.Wellbeing;

public class Ons4ScoresTests
{
    [Fact]
    public void Answers_from_0_to_10_are_kept_one_by_one()
    {
        var scores = new Ons4Scores(lifeSatisfaction: 0, worthwhile: 10, happiness: 5, anxiety: 7);

        Assert.Equal((0, 10, 5, 7), (scores.LifeSatisfaction, scores.Worthwhile, scores.Happiness, scores.Anxiety));
    }

    [Fact]
    public void Every_answer_out_of_range_is_named()
    {
        var error = Assert.Throws<FieldErrorsException>(() => new Ons4Scores(lifeSatisfaction: 11, worthwhile: 5, happiness: -1, anxiety: 3));

        Assert.Equal(["happiness", "lifeSatisfaction"], error.Errors.Keys.Order());
        Assert.Contains("11 is out of range", error.Errors["lifeSatisfaction"].Single());
    }
}
