namespace SocialPrescribing.Seeds.Model;

/// <summary>A link-worker team, usually a primary care network, and the districts it covers.</summary>
public sealed record TeamSeed(string Id, string Name, IReadOnlyList<string> Districts);

/// <summary>A development sign-in. Passwords never live here: they come from configuration.</summary>
/// <param name="TeamId">For link workers and team leads.</param>
/// <param name="OrganisationId">For VCSE staff and managers.</param>
/// <param name="VolunteerId">For volunteers, whose user name is their email.</param>
public sealed record UserSeed(
    string UserName,
    string DisplayName,
    UserRole Role,
    string Email,
    string? TeamId,
    string? OrganisationId,
    string? VolunteerId);

public enum UserRole
{
    LinkWorker,
    TeamLead,
    VcseStaff,
    VcseManager,
    Commissioner,
    Administrator,
    Volunteer,
}
