using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>Volunteer hours by organisation for one quarter that has ended, every count suppressed by <see cref="Suppression"/>.</summary>
public static class HoursReports
{
    extension(HoursReport)
    {
        public static HoursReport Of(ReportPeriod period, IReadOnlyList<OrganisationTotal> totals)
        {
            var rows = totals.Where(t => t.OrganisationId is not null).ToList();
            var all = totals.SingleOrDefault(t => t.OrganisationId is null) ?? new OrganisationTotal(null, 0, 0, 0, 0);
            return new HoursReport(
                period.From,
                period.To,
                [.. rows.Select(r => new OrganisationHoursRow(r.OrganisationId!.Value, r.ApprovedMinutes, r.SubmittedMinutes, Suppression.Count(r.Volunteers), Suppression.Count(r.Logs)))],
                new HoursReportTotal(
                    all.ApprovedMinutes,
                    all.SubmittedMinutes,
                    Suppression.TotalOf(all.Volunteers, rows.Select(r => r.Volunteers)),
                    Suppression.TotalOf(all.Logs, rows.Select(r => r.Logs))));
        }
    }
}
