using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>Who referred, so the closing message can go back to them.</summary>
/// <param name="OrganisationCode">The ODS code of a GP practice or trust, when there is one.</param>
public sealed record Referrer(string Name, string? Organisation = null, string? OrganisationCode = null, string? Contact = null)
{
    public string Name { get; } = Text.Required(Name, "referrer.name", "The referrer's name");
    public string? Organisation { get; } = Text.Optional(Organisation);
    public string? OrganisationCode { get; } = Text.Optional(OrganisationCode)?.ToUpperInvariant();
    public string? Contact { get; } = Text.Optional(Contact);
}
