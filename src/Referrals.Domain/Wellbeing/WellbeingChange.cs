using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Wellbeing;

/// <summary>
/// A person's change from baseline to a later measurement. Each instrument's change is there only
/// when both measurements include it (for SWEMWBS, complete; for ONS4, question by question).
/// </summary>
public sealed record WellbeingChange(
    Guid PersonId,
    MeasurementPoint LatestPoint,
    DateTimeOffset BaselineTakenAt,
    DateTimeOffset LatestTakenAt,
    Ons4Change? Ons4,
    SwemwbsChange? Swemwbs)
{
    public static WellbeingChange Between(WellbeingMeasurement baseline, WellbeingMeasurement latest)
    {
        var errors = new FieldErrors();
        errors.Check(baseline.Point == MeasurementPoint.Baseline, "baseline", $"The first measurement must be the baseline, not {baseline.Point}.");
        errors.Check(latest.Point != MeasurementPoint.Baseline, "latest", "The later measurement must be a follow-up or exit, not another baseline.");
        errors.Check(latest.PersonId == baseline.PersonId, "latest", "Both measurements must be of the same person.");
        errors.Check(latest.TakenAt >= baseline.TakenAt, "latest", "The later measurement was taken before the baseline.");
        errors.ThrowIfAny();

        return new WellbeingChange(
            baseline.PersonId,
            latest.Point,
            baseline.TakenAt,
            latest.TakenAt,
            baseline.Ons4 is { } ons4Before && latest.Ons4 is { } ons4After ? Ons4Change.Between(ons4Before, ons4After) : null,
            baseline.Swemwbs is { } swemwbsBefore && latest.Swemwbs is { } swemwbsAfter ? SwemwbsChange.Between(swemwbsBefore, swemwbsAfter) : null);
    }

    /// <summary>
    /// From the first baseline to the most recent follow-up or exit taken after it; null until
    /// both exist. Pass one referral's measurements for the change over that referral.
    /// </summary>
    public static WellbeingChange? SoFar(IEnumerable<WellbeingMeasurement> measurements)
    {
        var all = measurements.ToList();
        if (all.Select(m => m.PersonId).Distinct().Count() > 1)
        {
            throw new DomainException("Wellbeing change is worked out for one person at a time.", "measurements");
        }
        var baseline = all.Where(m => m.Point == MeasurementPoint.Baseline).MinBy(m => m.TakenAt);
        var latest = baseline is null
            ? null
            : all.Where(m => m.Point != MeasurementPoint.Baseline && m.TakenAt >= baseline.TakenAt).MaxBy(m => m.TakenAt);
        return baseline is not null && latest is not null ? Between(baseline, latest) : null;
    }
}
