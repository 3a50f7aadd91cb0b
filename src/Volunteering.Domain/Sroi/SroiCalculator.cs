using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// SROI following the SROI guide (Social Value UK, 2012). Per outcome:
/// gross = quantity × proxy value (restated in the set's price year);
/// year-1 impact = gross × (1 − deadweight) × (1 − displacement) × (1 − attribution);
/// year t value = year-1 impact × (1 − drop-off)^(t−1);
/// PV = Σ over t = 1…n of value_t ÷ (1 + r)^t, r from the valuation set (Green Book 3.5 %).
/// Every money figure is rounded to the penny (half away from zero) as it is computed and the next
/// step uses the rounded figure, so each line of the report can be checked by hand from the line
/// before it and totals are the sums of the lines shown. Factors and ratios are not rounded.
/// </summary>
public static class SroiCalculator
{
    /// <exception cref="FieldErrorsException">The input is invalid, e.g. no investment to divide by.</exception>
    public static SroiReport Calculate(SroiInput input)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            throw new FieldErrorsException(errors);
        }
        var outcomes = input.Outcomes.Select(o => Evaluate(o, input.ValuationSet)).ToList();
        var totals = Total(input, outcomes);
        return new SroiReport(input, outcomes, totals, SroiSensitivity.Analyse(input, totals.Ratio));
    }

    /// <summary>The ratio alone, for input already validated (the sensitivity analysis recomputes it many times).</summary>
    internal static decimal Ratio(SroiInput input) =>
        Total(input, input.Outcomes.Select(o => Evaluate(o, input.ValuationSet)).ToList()).Ratio;

    private static OutcomeLine Evaluate(OutcomeInput outcome, ValuationSet set)
    {
        var proxy = set.FindProxy(outcome.ProxyCode)!;
        var uprating = set.UpratingFactor(proxy.PriceYear);
        var valuePerUnit = Penny(proxy.Value * uprating);
        var quantity = outcome.Quantity.Value;
        var gross = Penny(quantity * valuePerUnit);
        var afterDeadweight = Penny(gross * (1m - outcome.Deadweight.Value));
        var afterDisplacement = Penny(afterDeadweight * (1m - outcome.Displacement.Value));
        var yearOne = Penny(afterDisplacement * (1m - outcome.Attribution.Value));
        var rate = set.DiscountRate.Value;
        var duration = (int)outcome.DurationYears.Value;

        var years = Enumerable.Range(1, duration).Select(t =>
        {
            var retained = Power(1m - outcome.DropOff.Value, t - 1);
            var value = Penny(yearOne * retained);
            var divisor = Power(1m + rate, t);
            return new YearLine(t, retained, value, divisor, Penny(value / divisor));
        }).ToList();

        return new OutcomeLine(
            outcome.Name, proxy.Code, proxy.Unit, quantity,
            proxy.Value, proxy.PriceYear, proxy.Source, uprating, valuePerUnit,
            gross,
            outcome.Deadweight.Value, afterDeadweight,
            outcome.Displacement.Value, afterDisplacement,
            outcome.Attribution.Value, yearOne,
            outcome.DropOff.Value, duration,
            years, years.Sum(y => y.PresentValue));
    }

    private static SroiTotals Total(SroiInput input, IReadOnlyList<OutcomeLine> outcomes)
    {
        var presentValue = outcomes.Sum(o => o.PresentValue);
        var yearOne = outcomes.Sum(o => o.YearOneImpact);
        var investment = input.Investment;
        return new SroiTotals(
            presentValue,
            investment,
            presentValue / investment,
            (presentValue - investment) / investment,
            yearOne,
            yearOne > 0m ? investment * 12m / yearOne : null);
    }

    private static decimal Penny(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }
        return result;
    }
}
