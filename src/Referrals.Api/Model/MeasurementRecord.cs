using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Model;

/// <summary>One sitting of the wellbeing questionnaires; the raw answers are kept, never a sum.</summary>
public sealed class MeasurementRecord
{
    public Guid Id { get; init; }
    public Guid PersonId { get; init; }
    public Guid ReferralId { get; init; }
    public Guid TeamId { get; init; }
    public MeasurementPoint Point { get; init; }
    public DateTimeOffset TakenAt { get; init; }
    public required string RecordedBy { get; init; }
    public int? LifeSatisfaction { get; init; }
    public int? Worthwhile { get; init; }
    public int? Happiness { get; init; }
    public int? Anxiety { get; init; }

    /// <summary>The seven SWEMWBS answers in the scale's order (an item null where the person preferred not to say), or null when not asked.</summary>
    public List<int?>? SwemwbsItems { get; init; }

    public WellbeingMeasurement ToDomain() => new(
        PersonId, ReferralId, Point, TakenAt, RecordedBy,
        LifeSatisfaction is not null || Worthwhile is not null || Happiness is not null || Anxiety is not null
            ? new Ons4Scores(LifeSatisfaction, Worthwhile, Happiness, Anxiety)
            : null,
        SwemwbsItems is { } items ? new SwemwbsScores(items) : null);

    public static MeasurementRecord From(Guid id, WellbeingMeasurement measurement, Guid teamId) => new()
    {
        Id = id,
        PersonId = measurement.PersonId,
        ReferralId = measurement.ReferralId,
        TeamId = teamId,
        Point = measurement.Point,
        TakenAt = measurement.TakenAt,
        RecordedBy = measurement.RecordedBy,
        LifeSatisfaction = measurement.Ons4?.LifeSatisfaction,
        Worthwhile = measurement.Ons4?.Worthwhile,
        Happiness = measurement.Ons4?.Happiness,
        Anxiety = measurement.Ons4?.Anxiety,
        SwemwbsItems = measurement.Swemwbs is { } swemwbs ? [.. swemwbs.Items] : null,
    };
}
