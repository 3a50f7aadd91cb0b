namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// The money value of one unit of an outcome (one volunteer hour, one WELLBY, ...), with the
/// evidence for it. Low and high bound the value for the sensitivity analysis.
/// Licence-controlled values (e.g. HACT Social Value Bank) are entered by the licensee named in
/// <see cref="Licensee"/>; the product never ships them.
/// </summary>
public sealed record FinancialProxy
{
    public required string Code { get; init; }
    public required string Description { get; init; }
    public required string Unit { get; init; }
    public required decimal Value { get; init; }
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public required string Source { get; init; }
    public required int PriceYear { get; init; }
    public bool LicenceControlled { get; init; }
    public string? Licensee { get; init; }

    public Estimate AsEstimate() => new(Value, Low, High);
}
