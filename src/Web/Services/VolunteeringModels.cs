namespace SocialPrescribing.Web.Services;

/// <summary>What the volunteering service answers, reduced to what the pages show.</summary>
public sealed record VolunteerRecord(Guid Id, string FirstName, string LastName, List<Guid> OrganisationIds, List<string> Roles);

public sealed record HourLog(
    Guid Id,
    Guid VolunteerId,
    Guid OrganisationId,
    Guid? ActivityId,
    string Role,
    DateOnly Date,
    int Minutes,
    string? Note,
    string Status,
    string? RejectionReason,
    DateTimeOffset SubmittedAt)
{
    /// <summary>The status as the volunteering service spells it (kebab-case) said in words.</summary>
    public string StatusText => Status switch
    {
        "submitted" => "Waiting for approval",
        "approved" => "Approved",
        "rejected" => "Not approved",
        "withdrawn" => "Withdrawn",
        _ => Status,
    };

    /// <summary>Still waiting for a decision: only then may the volunteer correct or withdraw it.</summary>
    public bool IsWaiting => Status == "submitted";
}

/// <summary>Which of the volunteer's logs to list: by organisation, status (as the service spells it) and month; null for any.</summary>
public sealed record HourLogFilter(Guid? OrganisationId, string? Status, DateOnly? Month)
{
    public string Query =>
        (OrganisationId is { } organisation ? $"&organisationId={organisation}" : "")
        + (Status is { Length: > 0 } status ? $"&status={Uri.EscapeDataString(status)}" : "")
        + (Month is { } month ? $"&from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}" : "");
}

public sealed record PeriodMinutes(DateOnly From, DateOnly To, int ApprovedMinutes, int SubmittedMinutes);

public sealed record VolunteerTotals(PeriodMinutes Week, PeriodMinutes Month, PeriodMinutes Year);

/// <summary>A log as the phone sends it; <paramref name="Id"/> is made once on the phone so a resend is recognised.</summary>
public sealed record HourLogSubmission(Guid Id, Guid OrganisationId, Guid? ActivityId, string? Role, DateOnly Date, int Minutes, string? Note);

/// <summary>One organisation's hours in a commissioner's report; counts as the service gives them ("&lt;5").</summary>
public sealed record OrganisationHours(Guid OrganisationId, long ApprovedMinutes, long SubmittedMinutes, string Volunteers, string Logs);

/// <summary>Every organisation's hours; a count is null where the service withheld it (it would give back a hidden count).</summary>
public sealed record HoursTotal(long ApprovedMinutes, long SubmittedMinutes, string? Volunteers, string? Logs);

public sealed record HoursReport(DateOnly From, DateOnly To, List<OrganisationHours> Organisations, HoursTotal Total);

/// <summary>An organisation asking the volunteer to give time to it; "pending" until they answer.</summary>
public sealed record VolunteerInvitation(Guid Id, Guid OrganisationId, string OrganisationName, string Status, DateTimeOffset InvitedAt, DateTimeOffset? AnsweredAt)
{
    public bool IsPending => Status == "pending";
}
