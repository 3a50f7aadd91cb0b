using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>Approved time in a scope: what the SROI report values.</summary>
public sealed record ApprovedTime(long Minutes, long Logs)
{
    public decimal Hours => Minutes / 60m;
}

/// <summary>An organisation's time for one activity (null: none named) and role.</summary>
public sealed record ActivityRoleTotal(Guid? ActivityId, string Role, long ApprovedMinutes, long SubmittedMinutes, long Logs);

/// <summary>One organisation's time in a period (null: every organisation's), for commissioners: no volunteer is named.</summary>
public sealed record OrganisationTotal(Guid? OrganisationId, long ApprovedMinutes, long SubmittedMinutes, long Volunteers, long Logs);

/// <summary>
/// Totals over many logs are summed by PostgreSQL (GROUP BY over whole minutes), never by loading
/// logs into memory: an SROI year can hold a million logs. Rejected and withdrawn time counts nowhere
/// (<see cref="HourLogStatuses.ClaimsTime"/>).
/// </summary>
public sealed class HourTotalsQueries(VolunteeringContext db)
{
    /// <summary>
    /// Read from the running totals (<see cref="Infrastructure.ApprovedHourTotals"/>): whole months from the monthly
    /// totals, the period's ragged ends from the daily ones, so the rows read grow with months and activities, not logs.
    /// </summary>
    /// <param name="activityIds">Only logs naming one of these activities; null or empty for all the organisation's logs.</param>
    public async Task<ApprovedTime> ApprovedAsync(Guid organisationId, IReadOnlyList<Guid>? activityIds, DatePeriod period, CancellationToken cancellationToken)
    {
        var activities = activityIds?.ToArray() ?? [];
        var (firstWhole, endWhole) = period.WholeMonths();
        return await db.Database.SqlQuery<ApprovedTime>($"""
            SELECT COALESCE(SUM(minutes), 0)::bigint AS "Minutes", COALESCE(SUM(logs), 0)::bigint AS "Logs"
            FROM (SELECT minutes, logs, activity_id FROM approved_hours_by_month
                  WHERE organisation_id = {organisationId} AND month >= {firstWhole} AND month < {endWhole}
                  UNION ALL
                  SELECT minutes, logs, activity_id FROM approved_hours_by_day
                  WHERE organisation_id = {organisationId} AND date BETWEEN {period.From} AND {period.To}
                    AND (date < {firstWhole} OR date >= {endWhole})) totals
            WHERE cardinality({activities}) = 0 OR activity_id = ANY({activities})
            """).SingleAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityRoleTotal>> ByActivityAndRoleAsync(Guid organisationId, DatePeriod period, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<ActivityRoleTotal>($"""
            SELECT activity_id AS "ActivityId", role AS "Role",
                   COALESCE(SUM(duration_minutes) FILTER (WHERE status = 'Approved'), 0)::bigint AS "ApprovedMinutes",
                   COALESCE(SUM(duration_minutes) FILTER (WHERE status = 'Submitted'), 0)::bigint AS "SubmittedMinutes",
                   COUNT(*) AS "Logs"
            FROM hour_logs
            WHERE organisation_id = {organisationId} AND status IN ('Submitted', 'Approved') AND date BETWEEN {period.From} AND {period.To}
            GROUP BY activity_id, role
            ORDER BY activity_id NULLS LAST, role
            """).ToListAsync(cancellationToken);

    /// <summary>Each organisation's time, and (organisation null) everyone's: a volunteer of two organisations counts once in it.</summary>
    public async Task<IReadOnlyList<OrganisationTotal>> ByOrganisationAsync(DatePeriod period, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<OrganisationTotal>($"""
            SELECT organisation_id AS "OrganisationId",
                   COALESCE(SUM(duration_minutes) FILTER (WHERE status = 'Approved'), 0)::bigint AS "ApprovedMinutes",
                   COALESCE(SUM(duration_minutes) FILTER (WHERE status = 'Submitted'), 0)::bigint AS "SubmittedMinutes",
                   COUNT(DISTINCT volunteer_id) AS "Volunteers",
                   COUNT(*) AS "Logs"
            FROM hour_logs
            WHERE status IN ('Submitted', 'Approved') AND date BETWEEN {period.From} AND {period.To}
            GROUP BY GROUPING SETS ((organisation_id), ())
            ORDER BY organisation_id NULLS LAST
            """).ToListAsync(cancellationToken);
}
