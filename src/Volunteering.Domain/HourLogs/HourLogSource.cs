namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>Who made the log: the volunteer on their phone, the organisation for them, or the system (e.g. from a session register).</summary>
public enum HourLogSource
{
    Volunteer,
    Organisation,
    Automatic,
}
