namespace SocialPrescribing.Referrals.Domain.Wellbeing;

public enum MeasurementPoint
{
    Baseline,
    FollowUp,
    Exit,
}
