namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>Needs an activity's venue or format must meet; matching checks them as hard rules.</summary>
public enum AccessibilityNeed
{
    StepFreeAccess,
    WheelchairAccessibleToilet,
    HearingLoop,
    BritishSignLanguage,
    LargePrint,
    EasyRead,
    QuietSpace,
    SeatingAvailable,
    AccessibleParking,
}
