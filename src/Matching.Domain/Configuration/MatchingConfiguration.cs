using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Matching.Domain.Configuration;

/// <summary>A place's matching settings.</summary>
public sealed record MatchingConfiguration
{
    public MatchingWeights Weights { get; init; } = MatchingWeights.Default;
    public DeprivationTable Deprivation { get; init; } = DeprivationTable.Empty;
    public VolunteerRoleRequirements RoleRequirements { get; init; } = VolunteerRoleRequirements.Default;

    public static MatchingConfiguration Default { get; } = new();
}
