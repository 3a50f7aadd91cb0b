using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http.Volunteering;

// Valuation sets as volunteering's /api/valuation-sets answers them: versioned, cited financial proxies.

/// <summary>
/// An assumption with its best value and the low and high values the sensitivity analysis tries; written as
/// {"value":0.25,"low":0.1,"high":0.4}, read as that or as a plain number (0.25).
/// </summary>
[JsonConverter(typeof(SroiEstimateJsonConverter))]
public sealed record SroiEstimate(decimal Value, decimal? Low = null, decimal? High = null)
{
    public static implicit operator SroiEstimate(decimal value) => new(value);
}

/// <summary>The money value of one unit of an outcome, with the evidence for it; low and high bound it for the sensitivity analysis.</summary>
public sealed record FinancialProxyResponse(
    string Code, string Description, string Unit, decimal Value, decimal? Low, decimal? High, string Source, int PriceYear,
    bool LicenceControlled, string? Licensee);

/// <param name="PriceIndex">Price index by year, to restate proxies priced in another year than the set.</param>
public sealed record ValuationSetResponse(
    Guid Id,
    int Version,
    string Name,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    int PriceYear,
    SroiEstimate DiscountRate,
    string DiscountRateSource,
    IReadOnlyList<FinancialProxyResponse> Proxies,
    IReadOnlyDictionary<int, decimal> PriceIndex,
    string? PriceIndexSource);

/// <summary>One stored version of a valuation set, never changed once written.</summary>
public sealed record StoredValuationSetResponse(Guid Id, int Version, ValuationSetResponse Set, string CreatedBy, DateTimeOffset CreatedAt);
