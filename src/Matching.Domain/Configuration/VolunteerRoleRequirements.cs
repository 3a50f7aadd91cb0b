using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Domain.Configuration;

/// <summary>What a volunteer must hold to take on a role: a DBS check of at least a level, and in-date training.</summary>
public sealed record RoleRequirement(DbsLevel? MinimumDbs, IReadOnlyList<string> RequiredTrainings);

/// <summary>Requirements by volunteer role, configured per place. A role not listed needs nothing.</summary>
public sealed class VolunteerRoleRequirements(IReadOnlyDictionary<string, RoleRequirement> byRole)
{
    private static readonly RoleRequirement None = new(null, []);

    private readonly Dictionary<string, RoleRequirement> byRole = new(byRole, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Befriending and driving mean time alone with adults who may be at risk, so they need an enhanced check
    /// with the barred lists and safeguarding training; peer support happens in groups and needs a standard check.
    /// </summary>
    public static VolunteerRoleRequirements Default { get; } = new(new Dictionary<string, RoleRequirement>
    {
        ["befriender"] = new(DbsLevel.EnhancedWithBarredLists, ["safeguarding-adults"]),
        ["driver"] = new(DbsLevel.EnhancedWithBarredLists, ["safeguarding-adults"]),
        ["peer-supporter"] = new(DbsLevel.Standard, ["safeguarding-adults"]),
    });

    public RoleRequirement For(string role) => byRole.GetValueOrDefault(role, None);
}
