using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Wellbeing;

/// <summary>One sitting of the wellbeing questionnaires; either instrument may be left out, not both.</summary>
public sealed record WellbeingMeasurement
{
    public WellbeingMeasurement(
        Guid personId,
        Guid referralId,
        MeasurementPoint point,
        DateTimeOffset takenAt,
        string recordedBy,
        Ons4Scores? ons4,
        SwemwbsScores? swemwbs)
    {
        if (ons4 is null && swemwbs is null)
        {
            throw new DomainException("A wellbeing measurement needs ONS4 or SWEMWBS answers, or both.", "scores");
        }
        PersonId = personId;
        ReferralId = referralId;
        Point = Enum.IsDefined(point) ? point : throw new DomainException($"Unknown measurement point {(int)point}.", "point");
        TakenAt = takenAt;
        RecordedBy = Text.Required(recordedBy, "recordedBy", "Who recorded the measurement");
        Ons4 = ons4;
        Swemwbs = swemwbs;
    }

    public Guid PersonId { get; }
    public Guid ReferralId { get; }
    public MeasurementPoint Point { get; }
    public DateTimeOffset TakenAt { get; }
    public string RecordedBy { get; }
    public Ons4Scores? Ons4 { get; }
    public SwemwbsScores? Swemwbs { get; }
}
