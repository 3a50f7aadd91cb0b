using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.UnitTests.People;

internal static class Profiles
{
    public static PersonProfile BornOn(DateOnly dateOfBirth) => new(
        new PersonName("Amira", "Khan"),
        dateOfBirth,
        NhsNumber.Parse("943 476 5919"),
        new ContactDetails(ContactMethod.TextMessage, mobile: "07700 900123"),
        Postcode.Parse("LS6 3HN"),
        new LanguageNeeds("Urdu", NeedsInterpreter: true),
        new HashSet<AccessibilityNeed> { AccessibilityNeed.StepFreeAccess },
        AccessibilityNote: null,
        new CarerStatus(IsCarer: true, IsCaredFor: false),
        EqualityMonitoring.NotGiven);
}
