using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Contracts.Http.Volunteering;

// A volunteer's hour logs (volunteering's /api/volunteers/{volunteerId}/hours and /api/organisations/{organisationId}/hours).
// Statuses and sources are the service's enums as it spells them on the wire (kebab-case): the enums stay in its
// domain, which does not depend on this project.

/// <summary>
/// A log as the phone sends it. <paramref name="Id"/> is made by the client once and sent again on
/// every retry, so a resend is recognised; <paramref name="Minutes"/> is the duration in whole minutes.
/// </summary>
public sealed record HourLogRequest(
    Guid? Id,
    Guid? OrganisationId,
    Guid? ActivityId,
    string? Role,
    DateOnly? Date,
    int? Minutes,
    [StringLength(HourLogRequest.NoteMaxLength)] string? Note)
{
    /// <summary>As the web's hour-log form states it.</summary>
    public const int NoteMaxLength = 500;
}

/// <param name="Reason">At most 500 characters, as the web's form states it.</param>
public sealed record RejectRequest([StringLength(500)] string? Reason);

public sealed record BulkApproveRequest(List<Guid>? LogIds);

/// <param name="Source">How the log came: "volunteer" or "organisation".</param>
/// <param name="Status">"submitted", "approved", "rejected" or "withdrawn".</param>
public sealed record HourLogResponse(
    Guid Id,
    Guid VolunteerId,
    Guid OrganisationId,
    Guid? ActivityId,
    string Role,
    DateOnly Date,
    int Minutes,
    string? Note,
    string Source,
    string Status,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    bool ApprovedAutomatically,
    string? RejectionReason,
    IReadOnlyList<HourLogEditResponse> Edits);

/// <summary>Audit of one change: who, when, in which status, what the log said before and after.</summary>
public sealed record HourLogEditResponse(string By, DateTimeOffset At, string StatusAtEdit, HourLogEditContent Before, HourLogEditContent After);

public sealed record HourLogEditContent(Guid? ActivityId, string Role, DateOnly Date, int Minutes, string? Note);

/// <summary>Minutes approved and still waiting in the week, month and year holding today (UK dates).</summary>
public sealed record PeriodMinutes(DateOnly From, DateOnly To, int ApprovedMinutes, int SubmittedMinutes);

public sealed record VolunteerTotalsResponse(PeriodMinutes Week, PeriodMinutes Month, PeriodMinutes Year);
