namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// The only values the product ships: public, citable ones in one price base (2019), so a new
/// commissioner can start and then make their own version. Nothing licence-controlled is here.
/// </summary>
public static class StarterValuationSet
{
    public const int PriceYear = 2019;

    public static ValuationSet Create(Guid id, DateOnly effectiveFrom) => new()
    {
        Id = id,
        Version = 1,
        Name = "Starter valuation set (2019 prices)",
        EffectiveFrom = effectiveFrom,
        PriceYear = PriceYear,
        Proxies =
        [
            new FinancialProxy
            {
                Code = ProxyCodes.Wellby,
                Description = "One point of life satisfaction (0-10) for one person for one year",
                Unit = "WELLBY",
                Value = 13_000m,
                Low = 10_000m,
                High = 16_000m,
                Source = "HM Treasury (2021) Wellbeing guidance for appraisal: supplementary Green Book guidance, £13,000 per WELLBY in 2019 prices (range £10,000-£16,000)",
                PriceYear = PriceYear,
            },
            // Replacement cost at the legal minimum: the conservative choice the SROI guide's
            // "do not over-claim" principle favours. Commissioners may prefer a whole-economy wage.
            new FinancialProxy
            {
                Code = ProxyCodes.VolunteerHour,
                Description = "Replacement cost of one volunteer hour at the National Living Wage",
                Unit = "hour",
                Value = 8.21m,
                Source = "GOV.UK National Minimum Wage and National Living Wage rates: National Living Wage (age 25 and over) from 1 April 2019, £8.21 an hour",
                PriceYear = PriceYear,
            },
        ],
    };
}
