namespace SocialPrescribing.Volunteering.Domain.HourLogs;

public enum HourLogStatus
{
    Submitted,
    Approved,
    Rejected,
}
