using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// An organisation asking an existing volunteer to give time to it. Only the volunteer's acceptance
/// links them, and with it the organisation's staff see the volunteer's record (contact details, DBS):
/// the organisation alone never can.
/// </summary>
public sealed class VolunteerInvitation
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public Guid VolunteerId { get; init; }
    public InvitationStatus Status { get; private set; }

    /// <summary>The token's subject of the staff member who invited.</summary>
    public required string InvitedBy { get; init; }

    public DateTimeOffset InvitedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsPending => Status == InvitationStatus.Pending;

    /// <summary>Records the volunteer's answer; an invitation is answered once.</summary>
    public void Answer(bool accept, DateTimeOffset at)
    {
        if (!IsPending)
        {
            throw new VolunteeringDomainException($"This invitation was already {Status.ToString().ToLowerInvariant()}.");
        }
        Status = accept ? InvitationStatus.Accepted : InvitationStatus.Declined;
        AnsweredAt = at;
    }
}
