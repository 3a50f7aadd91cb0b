using SocialPrescribing.Volunteering.Domain.Sroi;
using static SocialPrescribing.Volunteering.UnitTests.Sroi.Examples;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

/// <summary>Each expected figure below was worked out by hand (pen and calculator), as shown in the comments.</summary>
public class SroiWorkedCaseTests
{
    [Fact]
    public void One_outcome_for_one_year_without_adjustments_is_discounted_once()
    {
        // 1,000 hours × £10.00 = £10,000.00 gross = year-1 impact (no adjustments).
        // Year 1: divisor (1.035)^1 = 1.035; PV = 10,000 ÷ 1.035 = 9,661.8357… = £9,661.84.
        // Ratio = 9,661.84 ÷ 5,000 = 1.932368; net = (9,661.84 − 5,000) ÷ 5,000 = 0.932368.
        // Payback = 5,000 ÷ (10,000 ÷ 12) = 5,000 ÷ 833.33… = 6 months.
        var report = SroiCalculator.Calculate(Input(5_000m, Set(Proxy("hour", 10m)),
            new OutcomeInput { Name = "Hours given", ProxyCode = "hour", Quantity = 1_000m }));

        var line = Assert.Single(report.Outcomes);
        Assert.Equal(10_000m, line.GrossValue);
        Assert.Equal(10_000m, line.YearOneImpact);
        var year = Assert.Single(line.Years);
        Assert.Equal(1.035m, year.DiscountDivisor);
        Assert.Equal(9_661.84m, year.PresentValue);
        Assert.Equal(9_661.84m, report.Totals.PresentValue);
        Assert.Equal(1.932368m, report.Totals.Ratio);
        Assert.Equal(0.932368m, report.Totals.NetRatio);
        Assert.Equal(6m, report.Totals.PaybackMonths);
    }

    [Fact]
    public void All_four_adjustments_drop_off_and_discounting_follow_the_guide()
    {
        // Gross: 50 × £1,000.00 = £50,000.00
        // Deadweight 20 %:    50,000.00 × 0.80 = 40,000.00
        // Displacement 10 %:  40,000.00 × 0.90 = 36,000.00
        // Attribution 25 %:   36,000.00 × 0.75 = 27,000.00 = year-1 impact
        // Drop-off 10 %, year t keeps 0.9^(t−1):
        //   year 1: 27,000.00 × 1     = 27,000.00
        //   year 2: 27,000.00 × 0.9   = 24,300.00
        //   year 3: 27,000.00 × 0.81  = 21,870.00
        //   year 4: 27,000.00 × 0.729 = 19,683.00
        // Discount divisors (1.035)^t: 1.035; 1.071225; 1.108717875; 1.147523000625
        //   PV1 = 27,000 ÷ 1.035          = 26,086.9565… = 26,086.96
        //   PV2 = 24,300 ÷ 1.071225       = 22,684.3100… = 22,684.31
        //   PV3 = 21,870 ÷ 1.108717875    = 19,725.4869… = 19,725.49
        //   PV4 = 19,683 ÷ 1.147523000625 = 17,152.5973… = 17,152.60
        //   (check: each PV is the one before × 0.9 ÷ 1.035 = × 0.869565…)
        // Total PV = 26,086.96 + 22,684.31 + 19,725.49 + 17,152.60 = 85,649.36
        // Ratio = 85,649.36 ÷ 25,000 = 3.4259744; net = 60,649.36 ÷ 25,000 = 2.4259744
        // Payback = 25,000 ÷ (27,000 ÷ 12) = 25,000 ÷ 2,250 = 11.11 months
        var report = SroiCalculator.Calculate(FullyAdjusted());

        var line = Assert.Single(report.Outcomes);
        Assert.Equal(50_000m, line.GrossValue);
        Assert.Equal(40_000m, line.AfterDeadweight);
        Assert.Equal(36_000m, line.AfterDisplacement);
        Assert.Equal(27_000m, line.YearOneImpact);
        Assert.Equal([1m, 0.9m, 0.81m, 0.729m], line.Years.Select(y => y.ShareRetained));
        Assert.Equal([27_000m, 24_300m, 21_870m, 19_683m], line.Years.Select(y => y.Value));
        Assert.Equal([1.035m, 1.071225m, 1.108717875m, 1.147523000625m], line.Years.Select(y => y.DiscountDivisor));
        Assert.Equal([26_086.96m, 22_684.31m, 19_725.49m, 17_152.60m], line.Years.Select(y => y.PresentValue));
        Assert.Equal(85_649.36m, line.PresentValue);
        Assert.Equal(85_649.36m, report.Totals.PresentValue);
        Assert.Equal(3.4259744m, report.Totals.Ratio);
        Assert.Equal(2.4259744m, report.Totals.NetRatio);
        Assert.Equal(11.11m, Math.Round(report.Totals.PaybackMonths!.Value, 2));
    }

    [Fact]
    public void Wellbeing_in_wellbys_and_volunteer_hours_add_up_in_one_account()
    {
        // Starter set (2019 prices): WELLBY £13,000, volunteer hour £8.21.
        // Life satisfaction: 6 people +2, 2 people +1, 2 people −1, 10 people no change
        //   = 12 + 2 − 2 + 0 = 12 points = 12 WELLBYs a year.
        // Wellbeing: 12 × 13,000 = 156,000.00; deadweight 30 %: × 0.70 = 109,200.00;
        //   PV = 109,200 ÷ 1.035 = 105,507.2463… = 105,507.25
        // Hours: 2,000 approved hours × 8.21 = 16,420.00; PV = 16,420 ÷ 1.035 = 15,864.7342… = 15,864.73
        // Total PV = 105,507.25 + 15,864.73 = 121,371.98
        // Ratio = 121,371.98 ÷ 40,000 = 3.0342995
        // Payback = 40,000 ÷ ((109,200 + 16,420) ÷ 12) = 480,000 ÷ 125,620 = 3.82 months
        var report = SroiCalculator.Calculate(WellbeingAndHours());

        Assert.Equal([156_000m, 16_420m], report.Outcomes.Select(o => o.GrossValue));
        Assert.Equal([109_200m, 16_420m], report.Outcomes.Select(o => o.YearOneImpact));
        Assert.Equal([105_507.25m, 15_864.73m], report.Outcomes.Select(o => o.PresentValue));
        Assert.Equal(121_371.98m, report.Totals.PresentValue);
        Assert.Equal(3.0342995m, report.Totals.Ratio);
        Assert.Equal(3.82m, Math.Round(report.Totals.PaybackMonths!.Value, 2));
    }

    [Fact]
    public void A_proxy_from_another_price_year_is_restated_with_the_price_index()
    {
        // Proxy £8.21 in 2019 prices; set in 2024 prices; index 2019 = 100, 2024 = 120.
        // Uprating factor = 120 ÷ 100 = 1.2; value per unit = 8.21 × 1.2 = 9.852 = £9.85.
        // 100 hours × 9.85 = 985.00; PV = 985 ÷ 1.035 = 951.6908… = 951.69; ratio = 951.69 ÷ 1,000 = 0.95169.
        var set = Set(Proxy("hour", 8.21m, priceYear: 2019)) with
        {
            PriceIndex = new Dictionary<int, decimal> { [2019] = 100m, [2024] = 120m },
        };
        var report = SroiCalculator.Calculate(Input(1_000m, set,
            new OutcomeInput { Name = "Hours", ProxyCode = "hour", Quantity = 100m }));

        var line = Assert.Single(report.Outcomes);
        Assert.Equal(1.2m, line.UpratingFactor);
        Assert.Equal(9.85m, line.ValuePerUnit);
        Assert.Equal(985m, line.GrossValue);
        Assert.Equal(951.69m, report.Totals.PresentValue);
        Assert.Equal(0.95169m, report.Totals.Ratio);
    }

    [Fact]
    public void A_harm_larger_than_the_benefit_never_pays_back()
    {
        // 10 × £100 = 1,000.00 benefit; −20 × £100 = −2,000.00 harm; year-1 impact −1,000.00 ≤ 0.
        var report = SroiCalculator.Calculate(Input(500m, Set(Proxy("thing", 100m)),
            new OutcomeInput { Name = "Benefit", ProxyCode = "thing", Quantity = 10m },
            new OutcomeInput { Name = "Harm", ProxyCode = "thing", Quantity = -20m }));

        Assert.Equal(-1_000m, report.Totals.YearOneImpact);
        Assert.Null(report.Totals.PaybackMonths);
        Assert.True(report.Totals.Ratio < 0m);
    }

    internal static SroiInput WellbeingAndHours()
    {
        LifeSatisfactionChange[] changes =
        [
            .. Enumerable.Repeat(new LifeSatisfactionChange(5, 7), 6),
            .. Enumerable.Repeat(new LifeSatisfactionChange(6, 7), 2),
            .. Enumerable.Repeat(new LifeSatisfactionChange(7, 6), 2),
            .. Enumerable.Repeat(new LifeSatisfactionChange(6, 6), 10),
        ];
        var set = StarterValuationSet.Create(Guid.NewGuid(), new DateOnly(2025, 4, 1));
        return Input(40_000m, set,
            new OutcomeInput
            {
                Name = "Better life satisfaction",
                ProxyCode = ProxyCodes.Wellby,
                Quantity = Wellbys.PerYear(changes),
                Deadweight = new Estimate(0.30m, 0.20m, 0.40m),
            },
            new OutcomeInput
            {
                Name = "Volunteer time",
                ProxyCode = ProxyCodes.VolunteerHour,
                Quantity = 2_000m,
            });
    }
}
