using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.UnitTests.Sroi;

/// <summary>Small valuation sets and inputs the worked cases start from.</summary>
internal static class Examples
{
    public static readonly DatePeriod Year2025 = new(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31));

    public static FinancialProxy Proxy(string code, decimal value, decimal? low = null, decimal? high = null, int priceYear = 2024) => new()
    {
        Code = code,
        Description = $"Value of one unit of {code}",
        Unit = "unit",
        Value = value,
        Low = low,
        High = high,
        Source = "Worked example",
        PriceYear = priceYear,
    };

    public static ValuationSet Set(params FinancialProxy[] proxies) => new()
    {
        Id = Guid.Parse("6d1f3a52-8a43-4d7e-9d55-0c7b2f1e9a10"),
        Version = 1,
        Name = "Worked examples",
        EffectiveFrom = new DateOnly(2024, 4, 1),
        PriceYear = 2024,
        Proxies = proxies,
    };

    public static SroiInput Input(decimal investment, ValuationSet set, params OutcomeInput[] outcomes) => new()
    {
        Organisation = "Anytown Befrienders",
        Programme = "Telephone befriending",
        Period = Year2025,
        Investment = investment,
        ValuationSet = set,
        Outcomes = outcomes,
    };

    /// <summary>
    /// 50 people helped into work-readiness, valued at £1,000 each, with every adjustment,
    /// 10 % drop-off over 4 years and £25,000 invested. Worked by hand in
    /// <see cref="SroiWorkedCaseTests.All_four_adjustments_drop_off_and_discounting_follow_the_guide"/>.
    /// </summary>
    public static SroiInput FullyAdjusted(Estimate? dropOff = null, Estimate? duration = null) => Input(
        25_000m,
        Set(Proxy("work-readiness", 1_000m)),
        new OutcomeInput
        {
            Name = "Closer to work",
            ProxyCode = "work-readiness",
            Quantity = 50m,
            Deadweight = 0.20m,
            Displacement = 0.10m,
            Attribution = 0.25m,
            DropOff = dropOff ?? 0.10m,
            DurationYears = duration ?? 4m,
        });
}
