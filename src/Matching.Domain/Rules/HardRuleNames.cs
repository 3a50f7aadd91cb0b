namespace SocialPrescribing.Matching.Domain.Rules;

/// <summary>The names hard rules are reported under.</summary>
public static class HardRuleNames
{
    public const string AlreadyConnected = "Already connected";
    public const string TravelDistance = "Travel distance";
    public const string Eligibility = "Eligibility";
    public const string Age = "Age";
    public const string AreaServed = "Area served";
    public const string Accessibility = "Accessibility";
    public const string Language = "Language";
    public const string Cost = "Cost";
    public const string FreeCapacity = "Free capacity";
    public const string VolunteerRole = "Volunteer role";
    public const string DbsCheck = "DBS check";
    public const string Training = "Training";
    public const string Caseload = "Caseload";
    public const string Preferences = "Preferences";
}
