using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Apis;

public sealed record HourLogResponse(
    Guid Id,
    Guid VolunteerId,
    Guid OrganisationId,
    Guid? ActivityId,
    string Role,
    DateOnly Date,
    int Minutes,
    string? Note,
    HourLogSource Source,
    HourLogStatus Status,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    bool ApprovedAutomatically,
    string? RejectionReason,
    IReadOnlyList<HourLogEditResponse> Edits)
{
    public static HourLogResponse Of(HourLog log) => new(
        log.Id, log.Content.VolunteerId, log.Content.OrganisationId, log.Content.ActivityId, log.Content.Role,
        log.Content.Date, MinutesOf(log.Content), log.Content.Note, log.Source, log.Status, log.SubmittedBy, log.SubmittedAt,
        log.DecidedBy, log.DecidedAt, log.ApprovedAutomatically, log.RejectionReason,
        [.. log.Edits.Select(e => new HourLogEditResponse(e.By, e.At, e.StatusAtEdit, ChangeOf(e.Before), ChangeOf(e.After)))]);

    private static int MinutesOf(HourLogContent content) => (int)content.Duration.TotalMinutes;

    private static HourLogEditContent ChangeOf(HourLogContent c) => new(c.ActivityId, c.Role, c.Date, MinutesOf(c), c.Note);
}

/// <summary>Audit of one change: who, when, in which status, what the log said before and after.</summary>
public sealed record HourLogEditResponse(string By, DateTimeOffset At, HourLogStatus StatusAtEdit, HourLogEditContent Before, HourLogEditContent After);

public sealed record HourLogEditContent(Guid? ActivityId, string Role, DateOnly Date, int Minutes, string? Note);

/// <summary>Minutes approved and still waiting in the week, month and year holding today (UK dates).</summary>
public sealed record PeriodMinutes(DateOnly From, DateOnly To, int ApprovedMinutes, int SubmittedMinutes);

public sealed record VolunteerTotalsResponse(PeriodMinutes Week, PeriodMinutes Month, PeriodMinutes Year);
