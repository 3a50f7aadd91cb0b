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
    string? Note);

public sealed record RejectRequest(string? Reason);

public sealed record BulkApproveRequest(List<Guid>? LogIds);
