using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http.Volunteering;

// An organisation asking a volunteer to give time to it (volunteering's /api/organisations/{organisationId}/invitations
// and /api/volunteers/{volunteerId}/invitations).

[JsonConverter(typeof(KebabCaseEnumConverter<InvitationStatus>))]
public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
}

public sealed record InvitationRequest(Guid? VolunteerId);

/// <summary>An organisation's invitation as either side sees it; it never carries the volunteer's details.</summary>
public sealed record InvitationResponse(
    Guid Id, Guid OrganisationId, string OrganisationName, Guid VolunteerId, InvitationStatus Status, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt);
