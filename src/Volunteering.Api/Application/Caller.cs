using System.Security.Claims;
using SocialPrescribing.Authorization;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// Who is calling, from the access token only (never from the request body), and the one place
/// that decides which volunteer records and hour logs they may touch.
/// </summary>
public sealed class Caller(ClaimsPrincipal user)
{
    public static Caller Of(ClaimsPrincipal user) => new(user);

    /// <summary>The token's subject, recorded as who submitted, approved or edited.</summary>
    public string Name => user.FindFirst(ClaimNames.Subject)?.Value ?? user.FindFirst(ClaimNames.ClientId)?.Value ?? "unknown";

    public Guid? VolunteerId => Guid.TryParse(user.VolunteerId(), out var id) ? id : null;
    public Guid? OrganisationId => Guid.TryParse(user.OrganisationId(), out var id) ? id : null;

    public bool IsAdministrator => user.IsInRole(Roles.Administrator);
    public bool IsOrganisationStaff => OrganisationId is not null && (user.IsInRole(Roles.VcseStaff) || user.IsInRole(Roles.VcseManager));
    public bool IsVolunteer(Guid volunteerId) => user.IsInRole(Roles.Volunteer) && VolunteerId == volunteerId;

    /// <summary>The volunteer themselves, staff of an organisation they volunteer with, or an administrator.</summary>
    public bool CanSee(Volunteer volunteer) =>
        IsAdministrator || IsVolunteer(volunteer.Id) || (IsOrganisationStaff && volunteer.VolunteersWith(OrganisationId!.Value));

    /// <summary>Checks are recorded by the organisations that make them, never by the volunteer.</summary>
    public bool CanRecordChecksFor(Volunteer volunteer) =>
        IsAdministrator || (IsOrganisationStaff && volunteer.VolunteersWith(OrganisationId!.Value));

    /// <summary>A volunteer logs their own time; an organisation may log time its own volunteers gave to it.</summary>
    public bool CanLogFor(Volunteer volunteer, Guid? organisationId) =>
        IsVolunteer(volunteer.Id)
        || (IsOrganisationStaff && OrganisationId == organisationId && volunteer.VolunteersWith(OrganisationId!.Value));

    /// <summary>Whether the caller may correct any of the volunteer's logs (which ones is <see cref="CanEdit"/>).</summary>
    public bool CanEditLogsOf(Volunteer volunteer) =>
        IsVolunteer(volunteer.Id) || (IsOrganisationStaff && volunteer.VolunteersWith(OrganisationId!.Value));

    /// <summary>
    /// The volunteer may correct their own log while it waits; once decided, only the organisation
    /// may change it (and the change is audited).
    /// </summary>
    public bool CanEdit(HourLog log) =>
        (IsVolunteer(log.Content.VolunteerId) && log.Status == HourLogStatus.Submitted)
        || (IsOrganisationStaff && OrganisationId == log.Content.OrganisationId);

    /// <summary>Only the volunteer takes back their own logs (while they wait: <see cref="HourLog.Withdraw"/>); an organisation rejects one instead.</summary>
    public bool CanWithdrawLogsOf(Guid volunteerId) => IsVolunteer(volunteerId);

    /// <summary>One log of a volunteer the caller may see (<see cref="CanSee(Volunteer)"/>): organisation staff see only the time given to their organisation.</summary>
    public bool CanSee(HourLog log) =>
        IsAdministrator || IsVolunteer(log.Content.VolunteerId) || (IsOrganisationStaff && OrganisationId == log.Content.OrganisationId);

    public HourLogSource SourceOfLogs => user.IsInRole(Roles.Volunteer) ? HourLogSource.Volunteer : HourLogSource.Organisation;
}
