using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Which team's caseload a self-referral joins: the team covering the person's postcode district
/// (<c>SelfReferrals:Teams:{teamId}</c> = its districts, comma-separated), else <c>SelfReferrals:DefaultTeamId</c> when
/// one is set; otherwise the person is told the service does not cover their area. (The AppHost gives the demo teams'
/// districts when it loads the demo.)
/// </summary>
public sealed class SelfReferralTeams(IReadOnlyDictionary<string, Guid> byDistrict, Guid? defaultTeam)
{
    public Guid TeamFor(Postcode postcode) =>
        byDistrict.TryGetValue(postcode.Outward, out var team) ? team
        : defaultTeam ?? throw new DomainException(
            $"We cannot take referrals from {postcode.Outward} yet. Ask your GP practice about social prescribing near you.", Postcode.FieldName);

    public static SelfReferralTeams From(IConfiguration configuration)
    {
        var section = configuration.GetSection("SelfReferrals");
        var teams = section.GetSection("Teams").GetChildren()
            .Select(team => (Id: Guid.Parse(team.Key), Districts: (team.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
        var byDistrict = teams
            .SelectMany(team => team.Districts.Select(district => (District: district.ToUpperInvariant(), team.Id)))
            .ToDictionary(d => d.District, d => d.Id, StringComparer.OrdinalIgnoreCase);
        return new SelfReferralTeams(byDistrict, section.GetValue<Guid?>("DefaultTeamId"));
    }
}
