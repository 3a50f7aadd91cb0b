using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Volunteering.Application;

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
