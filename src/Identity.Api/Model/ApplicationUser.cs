using Microsoft.AspNetCore.Identity;

namespace SocialPrescribing.Identity.Model;

/// <summary>
/// A staff member or volunteer. Which ownership ids are set follows the role: a link worker
/// or team lead belongs to a team, VCSE staff and managers to an organisation, a volunteer
/// is linked to their record in the volunteering service.
/// </summary>
public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public Guid? TeamId { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? VolunteerId { get; set; }
}
