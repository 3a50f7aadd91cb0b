using SocialPrescribing.Volunteering.Domain.Sroi;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

public class WellbysTests
{
    [Fact]
    public void Wellbys_are_the_sum_of_each_persons_change_in_points_falls_included()
    {
        // (7 − 4) + (6 − 6) + (5 − 7) = 3 + 0 − 2 = 1 WELLBY a year.
        Assert.Equal(1m, Wellbys.PerYear([new(4, 7), new(6, 6), new(7, 5)]));
    }

    [Fact]
    public void A_score_outside_0_to_10_is_named()
    {
        var error = Assert.Throws<FieldErrorsException>(() => Wellbys.PerYear([new(4, 7), new(11, 5)]));

        Assert.Equal(["changes[1].before"], error.Errors.Keys);
    }
}
