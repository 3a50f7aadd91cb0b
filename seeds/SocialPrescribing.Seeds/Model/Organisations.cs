namespace SocialPrescribing.Seeds.Model;

/// <summary>A voluntary, community or social enterprise (VCSE) organisation.</summary>
/// <param name="LegalForm">e.g. "charity", "community-interest-company", "unincorporated-community-group".</param>
/// <param name="CharityNumber">Seven digits when registered; the demo numbers (900000x) have never been issued.</param>
public sealed record OrganisationSeed(
    string Id,
    string Name,
    string Description,
    string LegalForm,
    string? CharityNumber,
    string Email,
    string Website,
    string Phone,
    string Town,
    ContactSeed Contact,
    string? CompanyNumber = null);

public sealed record ContactSeed(string Name, string Email, string? Phone);
