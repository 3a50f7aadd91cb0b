using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Wellbeing;

/// <summary>
/// The published SWEMWBS raw-to-metric conversion table (Warwick Medical School), which puts the
/// raw total on an interval scale so that changes can be compared across the range.
/// </summary>
public static class SwemwbsConversion
{
    public const int LowestRawTotal = 7;
    public const int HighestRawTotal = 35;

    // Index = raw total − 7.
    private static readonly decimal[] MetricScores =
    [
        7.00m, 9.51m, 11.25m, 12.40m, 13.33m, 14.08m, 14.75m, 15.32m, 15.84m, 16.36m,
        16.88m, 17.43m, 17.98m, 18.59m, 19.25m, 19.98m, 20.73m, 21.54m, 22.35m, 23.21m,
        24.11m, 25.03m, 26.02m, 27.03m, 28.13m, 29.31m, 30.70m, 32.55m, 35.00m,
    ];

    public static decimal ToMetric(int rawTotal) =>
        rawTotal is >= LowestRawTotal and <= HighestRawTotal
            ? MetricScores[rawTotal - LowestRawTotal]
            : throw new DomainException($"A SWEMWBS raw total is from {LowestRawTotal} to {HighestRawTotal}; {rawTotal} is out of range.", "rawTotal");
}
