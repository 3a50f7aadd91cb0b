namespace SocialPrescribing.Referrals.Domain.Wellbeing;

/// <summary>Change in the SWEMWBS metric score (not the raw total, whose steps are uneven).</summary>
public sealed record SwemwbsChange(decimal BaselineMetric, decimal LatestMetric)
{
    /// <summary>The change in metric points commonly cited as meaningful for an individual.</summary>
    public const decimal MeaningfulChange = 3m;

    public decimal MetricChange => LatestMetric - BaselineMetric;

    public bool IsMeaningfulImprovement => MetricChange >= MeaningfulChange;

    public bool IsMeaningfulDecline => MetricChange <= -MeaningfulChange;

    /// <summary>Null unless both sittings answered all seven statements.</summary>
    public static SwemwbsChange? Between(SwemwbsScores baseline, SwemwbsScores latest) =>
        baseline.MetricScore is { } before && latest.MetricScore is { } after ? new(before, after) : null;
}
