using FsCheck.Xunit;
using SocialPrescribing.Volunteering.Domain.Sroi;
using static SocialPrescribing.Volunteering.UnitTests.Sroi.Examples;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

/// <summary>Properties over generated accounts; bytes and shorts are mapped onto valid fractions, quantities and years.</summary>
public class SroiPropertyTests
{
    private static decimal Fraction(byte b) => Math.Min(b, (byte)100) / 100m;

    private static SroiInput Account(ushort quantity, byte deadweight, byte displacement, byte attribution, byte dropOff, byte years, decimal investment = 10_000m) =>
        Input(investment, Set(Proxy("unit", 37.5m)), new OutcomeInput
        {
            Name = "Outcome",
            ProxyCode = "unit",
            Quantity = quantity,
            Deadweight = Fraction(deadweight),
            Displacement = Fraction(displacement),
            Attribution = Fraction(attribution),
            DropOff = Fraction(dropOff),
            DurationYears = 1 + years % 10,
        });

    [Property]
    public bool Higher_deadweight_never_raises_present_value(ushort quantity, byte d1, byte d2, byte displacement, byte attribution, byte dropOff, byte years)
    {
        var (lower, higher) = (Math.Min(d1, d2), Math.Max(d1, d2));
        var atLower = SroiCalculator.Calculate(Account(quantity, lower, displacement, attribution, dropOff, years));
        var atHigher = SroiCalculator.Calculate(Account(quantity, higher, displacement, attribution, dropOff, years));
        return atHigher.Totals.PresentValue <= atLower.Totals.PresentValue;
    }

    [Property]
    public bool More_drop_off_never_raises_present_value(ushort quantity, byte deadweight, byte f1, byte f2, byte years)
    {
        var (lower, higher) = (Math.Min(f1, f2), Math.Max(f1, f2));
        var atLower = SroiCalculator.Calculate(Account(quantity, deadweight, 0, 0, lower, years));
        var atHigher = SroiCalculator.Calculate(Account(quantity, deadweight, 0, 0, higher, years));
        return atHigher.Totals.PresentValue <= atLower.Totals.PresentValue;
    }

    [Property]
    public bool Ratio_scales_inversely_with_investment(ushort quantity, byte deadweight, byte years, ushort investment, byte multiplier)
    {
        var baseInvestment = 1m + investment;
        var factor = 1m + multiplier;
        var once = SroiCalculator.Calculate(Account(quantity, deadweight, 0, 0, 0, years, baseInvestment)).Totals;
        var scaled = SroiCalculator.Calculate(Account(quantity, deadweight, 0, 0, 0, years, baseInvestment * factor)).Totals;
        return Math.Abs(once.Ratio - scaled.Ratio * factor) <= 1e-18m * (1m + Math.Abs(once.Ratio));
    }

    [Property]
    public bool Discounting_never_adds_value_and_years_sum_to_the_present_value(ushort quantity, byte dropOff, byte years)
    {
        var line = SroiCalculator.Calculate(Account(quantity, 0, 0, 0, dropOff, years)).Outcomes[0];
        return line.Years.All(y => y.PresentValue <= y.Value)
               && line.PresentValue == line.Years.Sum(y => y.PresentValue);
    }

    [Property]
    public bool A_low_deadweight_never_gives_a_lower_ratio_than_a_high_one(ushort quantity, byte deadweight, byte low, byte high)
    {
        var value = Fraction(deadweight);
        var account = Account(quantity, deadweight, 0, 0, 0, 0);
        var ranged = new Estimate(value, Math.Min(value, Fraction(low)), Math.Max(value, Fraction(high)));
        var input = account with { Outcomes = [account.Outcomes[0] with { Deadweight = ranged }] };
        var line = SroiCalculator.Calculate(input).Sensitivity.Lines.Single();
        return line.RatioAtLow >= line.RatioAtHigh;
    }
}
