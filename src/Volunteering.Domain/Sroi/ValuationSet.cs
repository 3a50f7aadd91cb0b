using System.Text.RegularExpressions;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// A versioned, cited set of financial proxies a commissioner maintains. Reports record the
/// (id, version) they used, so an edit never changes a past report: editing makes a new version.
/// All proxies are brought to the set's <see cref="PriceYear"/> with <see cref="PriceIndex"/>
/// (e.g. the GDP deflator), as the Green Book asks for values in one price base.
/// </summary>
public sealed partial record ValuationSet
{
    /// <summary>HM Treasury Green Book social time preference rate.</summary>
    public const decimal GreenBookDiscountRate = 0.035m;
    public const string GreenBookSource = "HM Treasury (2022) The Green Book: appraisal and evaluation in central government, social time preference rate 3.5 %";

    public required Guid Id { get; init; }
    public required int Version { get; init; }
    public required string Name { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public required int PriceYear { get; init; }
    public Estimate DiscountRate { get; init; } = GreenBookDiscountRate;
    public string DiscountRateSource { get; init; } = GreenBookSource;
    public IReadOnlyList<FinancialProxy> Proxies { get; init; } = [];

    /// <summary>Price index by year (any base year); needed only for proxies priced in another year than the set.</summary>
    public IReadOnlyDictionary<int, decimal> PriceIndex { get; init; } = new Dictionary<int, decimal>();
    public string? PriceIndexSource { get; init; }

    public FinancialProxy? FindProxy(string code) =>
        Proxies.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Multiplier that restates a value from <paramref name="priceYear"/> in the set's price year.</summary>
    public decimal UpratingFactor(int priceYear) =>
        priceYear == PriceYear ? 1m : PriceIndex[PriceYear] / PriceIndex[priceYear];

    public bool IsEffectiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>The commissioner's edit: the next version, effective from a date, with the changes applied to it.</summary>
    public ValuationSet NextVersion(DateOnly effectiveFrom) =>
        this with { Version = Version + 1, EffectiveFrom = effectiveFrom, EffectiveTo = null };

    /// <summary>Adds the proxy, or replaces the one with the same code.</summary>
    public ValuationSet WithProxy(FinancialProxy proxy) => this with
    {
        Proxies = [.. Proxies.Where(p => !string.Equals(p.Code, proxy.Code, StringComparison.OrdinalIgnoreCase)), proxy],
    };

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new FieldErrors();
        if (Id == Guid.Empty) errors.Add("id", "An id is required.");
        if (Version < 1) errors.Add("version", "The version starts at 1.");
        errors.RequireText("name", Name, "A name is required.");
        if (EffectiveTo < EffectiveFrom) errors.Add("effectiveTo", "The end date must not be before the start date.");
        CheckYear(errors, "priceYear", PriceYear);
        DiscountRate.CheckFraction(errors, "discountRate");
        errors.RequireText("discountRateSource", DiscountRateSource, "A source is required for the discount rate.");
        foreach (var (year, index) in PriceIndex.Where(p => p.Value <= 0m))
        {
            errors.Add($"priceIndex[{year}]", "A price index must be greater than zero.");
        }
        if (Proxies.Count == 0) errors.Add("proxies", "A valuation set needs at least one financial proxy.");
        for (var i = 0; i < Proxies.Count; i++)
        {
            CheckProxy(errors, i);
        }
        return errors.ToDictionary();
    }

    private void CheckProxy(FieldErrors errors, int i)
    {
        var proxy = Proxies[i];
        var field = $"proxies[{i}]";
        if (string.IsNullOrWhiteSpace(proxy.Code) || !CodePattern().IsMatch(proxy.Code))
        {
            errors.Add($"{field}.code", "A code of lower-case letters, digits and single hyphens is required (e.g. \"volunteer-hour\").");
        }
        else if (Proxies.Take(i).Any(p => string.Equals(p.Code, proxy.Code, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"{field}.code", $"The code \"{proxy.Code}\" is used by another proxy in this set.");
        }
        errors.RequireText($"{field}.description", proxy.Description, "A description is required.");
        errors.RequireText($"{field}.unit", proxy.Unit, "A unit is required (e.g. \"hour\", \"WELLBY\", \"person\").");
        errors.RequireText($"{field}.source", proxy.Source, "A source is required.");
        // A proxy is a price; a harm is recorded as a negative quantity, not a negative price.
        var estimate = proxy.AsEstimate();
        estimate.CheckEach(errors, $"{field}.value", v => v >= 0m, "Must not be negative; record a negative outcome as a negative quantity.");
        estimate.CheckEach(errors, $"{field}.value", v => v <= Limits.Money, Limits.MoneyMessage);
        estimate.CheckOrder(errors, $"{field}.value");
        if (CheckYear(errors, $"{field}.priceYear", proxy.PriceYear) && proxy.PriceYear != PriceYear)
        {
            foreach (var year in new[] { proxy.PriceYear, PriceYear }.Where(y => !PriceIndex.ContainsKey(y)))
            {
                errors.Add($"{field}.priceYear", $"The value is in {proxy.PriceYear} prices but the set is in {PriceYear} prices: a price index for {year} is needed to restate it.");
            }
        }
        if (proxy.LicenceControlled)
        {
            errors.RequireText($"{field}.licensee", proxy.Licensee, "A licence-controlled value must name the licensee who entered it.");
        }
    }

    private static bool CheckYear(FieldErrors errors, string field, int year)
    {
        if (year is >= 1900 and <= 2100) return true;
        errors.Add(field, "A price year from 1900 to 2100 is required.");
        return false;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
