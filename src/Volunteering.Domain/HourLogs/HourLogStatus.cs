namespace SocialPrescribing.Volunteering.Domain.HourLogs;

public enum HourLogStatus
{
    Submitted,
    Approved,
    Rejected,

    /// <summary>Taken back by the volunteer before a decision: kept (so a late resend from the phone is recognised), counted nowhere.</summary>
    Withdrawn,
}

public static class HourLogStatuses
{
    /// <summary>Whether a log in this status claims its time: submitted and approved logs do; rejected and withdrawn ones claim nothing.</summary>
    public static bool ClaimsTime(this HourLogStatus status) => status is HourLogStatus.Submitted or HourLogStatus.Approved;
}
