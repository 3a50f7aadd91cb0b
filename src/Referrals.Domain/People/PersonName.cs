using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Compliance;

namespace SocialPrescribing.Referrals.Domain.People;

/// <param name="PreferredName">What the person likes to be called, used when contacting them.</param>
public sealed record PersonName(string GivenName, string FamilyName, string? PreferredName = null)
{
    [PersonalData] public string GivenName { get; } = Text.Required(GivenName, "givenName", "Given name");
    [PersonalData] public string FamilyName { get; } = Text.Required(FamilyName, "familyName", "Family name");
    [PersonalData] public string? PreferredName { get; } = Text.Optional(PreferredName);
}
