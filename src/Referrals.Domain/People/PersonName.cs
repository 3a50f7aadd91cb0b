using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.People;

/// <param name="PreferredName">What the person likes to be called, used when contacting them.</param>
public sealed record PersonName(string GivenName, string FamilyName, string? PreferredName = null)
{
    public string GivenName { get; } = Text.Required(GivenName, "givenName", "Given name");
    public string FamilyName { get; } = Text.Required(FamilyName, "familyName", "Family name");
    public string? PreferredName { get; } = Text.Optional(PreferredName);
}
