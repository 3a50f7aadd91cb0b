using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.UnitTests.Wellbeing;

public class WellbeingChangeTests
{
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly Guid Referral = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 1, 12, 10, 0, 0, TimeSpan.Zero);

    private static WellbeingMeasurement Measured(MeasurementPoint point, int daysLater, Ons4Scores? ons4, SwemwbsScores? swemwbs) =>
        new(Person, Referral, point, Start.AddDays(daysLater), "lw-1", ons4, swemwbs);

    [Fact]
    public void Ons4_change_is_per_question_and_a_fall_in_anxiety_is_an_improvement()
    {
        var baseline = Measured(MeasurementPoint.Baseline, 0, new Ons4Scores(4, 5, 3, 8), null);
        var exit = Measured(MeasurementPoint.Exit, 90, new Ons4Scores(6, 6, 5, 4), null);

        var change = WellbeingChange.Between(baseline, exit);

        // 6 − 4 = +2, 6 − 5 = +1, 5 − 3 = +2, 4 − 8 = −4 (anxiety down by 4 is an improvement of 4).
        Assert.Equal(new Ons4Change(2, 1, 2, -4), change.Ons4);
        Assert.Equal(4, change.Ons4!.AnxietyImprovement);
        Assert.Null(change.Swemwbs);
    }

    [Fact]
    public void Swemwbs_change_is_in_metric_points_and_three_or_more_is_meaningful()
    {
        // Raw 23 → 20.73 and raw 27 (4+4+3+4+4+4+4) → 24.11; 24.11 − 20.73 = 3.38 ≥ 3.
        var baseline = Measured(MeasurementPoint.Baseline, 0, null, new SwemwbsScores(3, 4, 2, 3, 4, 3, 4));
        var followUp = Measured(MeasurementPoint.FollowUp, 42, null, new SwemwbsScores(4, 4, 3, 4, 4, 4, 4));

        var change = WellbeingChange.Between(baseline, followUp).Swemwbs!;

        Assert.Equal(3.38m, change.MetricChange);
        Assert.True(change.IsMeaningfulImprovement);
        Assert.False(change.IsMeaningfulDecline);
    }

    [Fact]
    public void A_smaller_fall_is_not_flagged_as_a_meaningful_decline()
    {
        // Raw 27 → 24.11 and raw 24 (4+4+3+4+3+3+3) → 21.54; 21.54 − 24.11 = −2.57, short of −3.
        var change = SwemwbsChange.Between(new SwemwbsScores(4, 4, 3, 4, 4, 4, 4), new SwemwbsScores(4, 4, 3, 4, 3, 3, 3))!;

        Assert.Equal(-2.57m, change.MetricChange);
        Assert.False(change.IsMeaningfulDecline);
    }

    [Fact]
    public void Change_so_far_runs_from_the_first_baseline_to_the_latest_later_measurement()
    {
        var measurements = new[]
        {
            Measured(MeasurementPoint.FollowUp, 30, new Ons4Scores(5, 5, 5, 5), null),
            Measured(MeasurementPoint.Baseline, 0, new Ons4Scores(2, 2, 2, 9), null),
            Measured(MeasurementPoint.Exit, 60, new Ons4Scores(7, 6, 6, 3), null),
        };

        var change = WellbeingChange.SoFar(measurements)!;

        // Baseline (2, 2, 2, 9) to exit (7, 6, 6, 3): +5, +4, +4, −6.
        Assert.Equal(MeasurementPoint.Exit, change.LatestPoint);
        Assert.Equal(new Ons4Change(5, 4, 4, -6), change.Ons4);
    }

    [Fact]
    public void There_is_no_change_until_there_is_a_later_measurement()
    {
        Assert.Null(WellbeingChange.SoFar([Measured(MeasurementPoint.Baseline, 0, new Ons4Scores(2, 2, 2, 9), null)]));
    }

    [Fact]
    public void Change_must_run_from_a_baseline_to_a_later_measurement()
    {
        var baseline = Measured(MeasurementPoint.Baseline, 0, new Ons4Scores(2, 2, 2, 9), null);
        var followUp = Measured(MeasurementPoint.FollowUp, 30, new Ons4Scores(5, 5, 5, 5), null);

        var error = Assert.Throws<FieldErrorsException>(() => WellbeingChange.Between(followUp, baseline));

        Assert.Equal(["baseline", "latest"], error.Errors.Keys.Order());
        Assert.Equal(2, error.Errors["latest"].Length);
    }

    [Fact]
    public void A_measurement_needs_at_least_one_questionnaire()
    {
        Assert.Equal("scores", Assert.Throws<DomainException>(() => Measured(MeasurementPoint.Baseline, 0, null, null)).Field);
    }

    [Fact]
    public void Swemwbs_with_a_declined_statement_has_no_change_while_ONS4_changes_question_by_question()
    {
        var baseline = Measured(MeasurementPoint.Baseline, 0, new Ons4Scores(4, null, 3, 8), new SwemwbsScores(3, 4, 2, 3, 4, 3, 4));
        var exit = Measured(MeasurementPoint.Exit, 90, new Ons4Scores(6, 6, null, 4), new SwemwbsScores([4, 4, null, 4, 4, 4, 4]));

        var change = WellbeingChange.Between(baseline, exit);

        Assert.Equal(new Ons4Change(2, null, null, -4), change.Ons4);
        Assert.Null(change.Swemwbs);
    }
}
