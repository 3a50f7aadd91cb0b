using SocialPrescribing.Volunteering.Domain.Calendar;

namespace SocialPrescribing.Volunteering.Domain.HourLogs;

/// <summary>The SROI input from hour logs: only approved time counts, in hours.</summary>
public static class ApprovedHours
{
    /// <param name="organisationId">Limit to one organisation; null for every organisation in <paramref name="logs"/>.</param>
    public static decimal InPeriod(IEnumerable<HourLog> logs, DatePeriod period, Guid? organisationId = null)
    {
        var minutes = logs
            .Where(l => l.Status == HourLogStatus.Approved
                        && period.Contains(l.Content.Date)
                        && (organisationId is null || l.Content.OrganisationId == organisationId))
            .Sum(l => (long)l.Content.Duration.TotalMinutes);
        return minutes / 60m;
    }
}
