namespace SocialPrescribing.Referrals.Model;

/// <summary>
/// The organisations a volunteer gives time to, as the volunteering service last announced them:
/// who may answer a connection request to that volunteer.
/// </summary>
public sealed class VolunteerOrganisationsRecord
{
    public Guid VolunteerId { get; init; }
    public List<Guid> OrganisationIds { get; set; } = [];
    public DateTimeOffset ChangedAt { get; set; }
}
