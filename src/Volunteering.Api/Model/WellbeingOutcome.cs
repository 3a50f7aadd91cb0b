namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// An ONS4 life-satisfaction change the referrals service recorded (baseline → follow-up or exit),
/// kept for the SROI's WELLBY valuation. No name or NHS number: only ids and the two answers.
/// </summary>
public sealed class WellbeingOutcome
{
    public Guid MeasurementId { get; init; }
    public Guid ReferralId { get; init; }
    public required string Point { get; init; }
    public int LifeSatisfactionBefore { get; init; }
    public int LifeSatisfactionAfter { get; init; }
    public DateOnly RecordedOn { get; init; }
}

/// <summary>A referred person attended at a provider organisation: their wellbeing change counts toward its SROI.</summary>
public sealed class ReferralAttendance
{
    public Guid ReferralId { get; init; }
    public Guid OrganisationId { get; init; }
    public DateTimeOffset AttendedAt { get; init; }
}
