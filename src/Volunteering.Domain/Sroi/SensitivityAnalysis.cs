namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// One-at-a-time sensitivity: each assumption that has a low or high value is moved there while
/// every other stays at its base value, and the SROI ratio recomputed.
/// The range runs from the lowest to the highest ratio seen, base included.
/// </summary>
public sealed record SensitivityAnalysis(
    decimal BaseRatio,
    IReadOnlyList<SensitivityLine> Lines,
    decimal MinRatio,
    decimal MaxRatio);

/// <summary>Subject is the outcome name, "proxy &lt;code&gt;" or "all outcomes" (discount rate).</summary>
public sealed record SensitivityLine(
    string Subject,
    string Assumption,
    decimal BaseValue,
    decimal? Low,
    decimal? RatioAtLow,
    decimal? High,
    decimal? RatioAtHigh);
