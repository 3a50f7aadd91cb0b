namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// The full working of an SROI calculation: every input, every adjustment and every
/// intermediate figure, so a person can check it by hand. Money is in pounds to the penny as the
/// calculator rounds it (see <see cref="SroiCalculator"/>); factors and ratios are exact.
/// </summary>
public sealed record SroiReport(
    SroiInput Input,
    IReadOnlyList<OutcomeLine> Outcomes,
    SroiTotals Totals,
    SensitivityAnalysis Sensitivity)
{
    public string ToCsv() => SroiCsv.Write(this);
}

/// <summary>One outcome, step by step from quantity × proxy to present value.</summary>
public sealed record OutcomeLine(
    string Name,
    string ProxyCode,
    string Unit,
    decimal Quantity,
    decimal ProxyValue,
    int ProxyPriceYear,
    string ProxySource,
    decimal UpratingFactor,
    decimal ValuePerUnit,
    decimal GrossValue,
    decimal Deadweight,
    decimal AfterDeadweight,
    decimal Displacement,
    decimal AfterDisplacement,
    decimal Attribution,
    decimal YearOneImpact,
    decimal DropOff,
    int DurationYears,
    IReadOnlyList<YearLine> Years,
    decimal PresentValue);

/// <summary>
/// Year t of an outcome: ShareRetained = (1 − drop-off)^(t−1), Value = year-1 impact × ShareRetained,
/// DiscountDivisor = (1 + r)^t, PresentValue = Value ÷ DiscountDivisor.
/// </summary>
public sealed record YearLine(int Year, decimal ShareRetained, decimal Value, decimal DiscountDivisor, decimal PresentValue);

/// <summary>
/// Ratio = PV ÷ investment; NetRatio = (PV − investment) ÷ investment.
/// PaybackMonths = investment ÷ (year-1 impact ÷ 12), the SROI guide's definition (undiscounted,
/// first-year impact only); null when the year-1 impact is not positive, as it then never pays back.
/// </summary>
public sealed record SroiTotals(
    decimal PresentValue,
    decimal Investment,
    decimal Ratio,
    decimal NetRatio,
    decimal YearOneImpact,
    decimal? PaybackMonths);
