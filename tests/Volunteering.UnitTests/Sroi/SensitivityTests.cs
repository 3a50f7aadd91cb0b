using SocialPrescribing.Volunteering.Domain.Sroi;
using static SocialPrescribing.Volunteering.UnitTests.Sroi.Examples;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

public class SensitivityTests
{
    [Fact]
    public void Each_assumption_is_tried_at_its_low_and_high_value_alone()
    {
        // Base (see the worked case): wellbeing PV 105,507.25 + hours PV 15,864.73; investment 40,000.
        // WELLBY £10,000: 12 × 10,000 × 0.70 = 84,000 ÷ 1.035 = 81,159.42;  + 15,864.73 = 97,024.15  ÷ 40,000 = 2.42560375
        // WELLBY £16,000: 12 × 16,000 × 0.70 = 134,400 ÷ 1.035 = 129,855.07; + 15,864.73 = 145,719.80 ÷ 40,000 = 3.642995
        // Deadweight 20 %: 156,000 × 0.80 = 124,800 ÷ 1.035 = 120,579.71;  + 15,864.73 = 136,444.44 ÷ 40,000 = 3.411111
        // Deadweight 40 %: 156,000 × 0.60 = 93,600 ÷ 1.035 = 90,434.78;    + 15,864.73 = 106,299.51 ÷ 40,000 = 2.65748775
        // The volunteer hour and the discount rate have no range, so they have no line.
        var sensitivity = SroiCalculator.Calculate(SroiWorkedCaseTests.WellbeingAndHours()).Sensitivity;

        Assert.Equal(2, sensitivity.Lines.Count);
        var wellby = sensitivity.Lines.Single(l => l.Subject == "proxy wellby");
        Assert.Equal((10_000m, 2.42560375m, 16_000m, 3.642995m), (wellby.Low, wellby.RatioAtLow, wellby.High, wellby.RatioAtHigh));
        var deadweight = sensitivity.Lines.Single(l => l.Assumption == "deadweight");
        Assert.Equal("Better life satisfaction", deadweight.Subject);
        Assert.Equal((0.20m, 3.411111m, 0.40m, 2.65748775m), (deadweight.Low, deadweight.RatioAtLow, deadweight.High, deadweight.RatioAtHigh));
        Assert.Equal(3.0342995m, sensitivity.BaseRatio);
        Assert.Equal(2.42560375m, sensitivity.MinRatio);
        Assert.Equal(3.642995m, sensitivity.MaxRatio);
    }

    [Fact]
    public void Drop_off_and_duration_ranges_change_the_years_counted()
    {
        // From the fully adjusted case (year-1 impact 27,000.00, investment 25,000):
        // Duration 3 years: 26,086.96 + 22,684.31 + 19,725.49 = 68,496.76 ÷ 25,000 = 2.7398704
        // Drop-off 20 %: values 27,000; 21,600; 17,280; 13,824
        //   PVs 26,086.96; 21,600 ÷ 1.071225 = 20,163.83; 17,280 ÷ 1.108717875 = 15,585.57; 13,824 ÷ 1.147523000625 = 12,046.82
        //   total 73,883.18 ÷ 25,000 = 2.9553272
        var sensitivity = SroiCalculator.Calculate(FullyAdjusted(
            dropOff: new Estimate(0.10m, High: 0.20m),
            duration: new Estimate(4m, Low: 3m))).Sensitivity;

        var duration = sensitivity.Lines.Single(l => l.Assumption == "duration (years)");
        Assert.Equal(2.7398704m, duration.RatioAtLow);
        Assert.Null(duration.RatioAtHigh);
        var dropOff = sensitivity.Lines.Single(l => l.Assumption == "drop-off");
        Assert.Equal(2.9553272m, dropOff.RatioAtHigh);
        Assert.Null(dropOff.RatioAtLow);
        Assert.Equal(2.7398704m, sensitivity.MinRatio);
        Assert.Equal(3.4259744m, sensitivity.MaxRatio);
    }

    [Fact]
    public void A_discount_rate_range_in_the_valuation_set_is_tested_for_all_outcomes()
    {
        // 1,000 × £10 = 10,000 for one year, investment 10,000.
        // r = 1.5 %: 10,000 ÷ 1.015 = 9,852.22 → ratio 0.985222;  r = 3.5 %: 9,661.84 → 0.966184
        // r = 5 %:   10,000 ÷ 1.05  = 9,523.81 → ratio 0.952381
        var set = Set(Proxy("hour", 10m)) with { DiscountRate = new Estimate(0.035m, 0.015m, 0.05m) };
        var sensitivity = SroiCalculator.Calculate(Input(10_000m, set,
            new OutcomeInput { Name = "Hours", ProxyCode = "hour", Quantity = 1_000m })).Sensitivity;

        var line = Assert.Single(sensitivity.Lines);
        Assert.Equal("all outcomes", line.Subject);
        Assert.Equal((0.985222m, 0.952381m), (line.RatioAtLow, line.RatioAtHigh));
        Assert.Equal((0.952381m, 0.985222m), (sensitivity.MinRatio, sensitivity.MaxRatio));
    }

    [Fact]
    public void Without_any_range_the_ratio_range_is_the_base_ratio()
    {
        var sensitivity = SroiCalculator.Calculate(FullyAdjusted()).Sensitivity;

        Assert.Empty(sensitivity.Lines);
        Assert.Equal((3.4259744m, 3.4259744m), (sensitivity.MinRatio, sensitivity.MaxRatio));
    }
}
