using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Volunteering.Domain.Equality;
using SocialPrescribing.Volunteering.Domain.Experience;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// The diversity of volunteering for commissioners: approved effort in a quarter by the groups volunteers gave
/// with consent (<see cref="EqualityData"/>) and the deprivation of their postcode district, against the quarter
/// before, with the quarterly survey's results. No volunteer is named and nothing personal leaves.
/// </summary>
public sealed class DiversityReports(VolunteeringContext db, DeprivationTable deprivation)
{
    public async Task<DiversityReport> CreateAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var previous = period.Previous();
        var current = new QuarterEffort(await EffortAsync(period, cancellationToken));
        var before = new QuarterEffort(await EffortAsync(previous, cancellationToken));
        return new DiversityReport(
            period.From,
            period.To,
            previous.From,
            previous.To,
            deprivation.Source,
            Row("all volunteers", current.Total, before.Total),
            Rows(0, ReportGroups.AgeBands, current, before),
            Rows(1, ReportGroups.Ethnicities, current, before),
            Rows(2, ReportGroups.Disabilities, current, before),
            Rows(3, ReportGroups.DeprivationQuintiles, current, before),
            await SurveyAsync(period, cancellationToken),
            await SurveyAsync(previous, cancellationToken));
    }

    private static List<DiversityRow> Rows(int dimension, IReadOnlyList<string> groups, QuarterEffort current, QuarterEffort before) =>
        [.. groups.Select(g => Row(g, current.Of(dimension, g), before.Of(dimension, g)))];

    private static DiversityRow Row(string group, EffortFigures current, EffortFigures before) =>
        new(group, current, before, current.ShownVolunteers - before.ShownVolunteers, current.ApprovedHours - before.ApprovedHours);

    private async Task<List<VolunteerEffort>> EffortAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var time = await db.Database.SqlQuery<VolunteerTime>($"""
            SELECT volunteer_id AS "VolunteerId", SUM(duration_minutes)::bigint AS "Minutes", array_agg(DISTINCT role) AS "Roles"
            FROM hour_logs
            WHERE status = 'Approved' AND date BETWEEN {period.From} AND {period.To}
            GROUP BY volunteer_id
            """).ToListAsync(cancellationToken);
        var ids = time.Select(t => t.VolunteerId).ToList();
        var districts = await db.Volunteers.Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.PostcodeDistrict, cancellationToken);
        var equality = await db.Equality.AsNoTracking().Where(e => ids.Contains(e.VolunteerId)).ToDictionaryAsync(e => e.VolunteerId, cancellationToken);
        return [.. time.Select(t =>
        {
            var given = equality.GetValueOrDefault(t.VolunteerId);
            var district = districts.GetValueOrDefault(t.VolunteerId);
            return new VolunteerEffort(
                t.Minutes,
                t.Roles,
                ReportGroups.Of(given?.AgeBand),
                ReportGroups.Of(given?.Ethnicity),
                ReportGroups.Of(given?.Disability),
                ReportGroups.QuintileOf(deprivation.DecileOf(district)));
        })];
    }

    private async Task<SurveyResults> SurveyAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var answers = await db.SurveyAnswers.AsNoTracking()
            .Where(a => a.Quarter == period.Key)
            .Select(a => new { a.Useful, a.Supported })
            .ToListAsync(cancellationToken);
        return new SurveyResults(
            Suppression.Count(answers.Count),
            Suppression.Over(answers.Count, () => Percent(answers.Count(a => a.Useful.IsAgreement()), answers.Count)),
            Suppression.Over(answers.Count, () => Percent(answers.Count(a => a.Supported.IsAgreement()), answers.Count)));
    }

    private static double Percent(int part, int whole) => Math.Round(100.0 * part / whole, 1);

    private sealed record VolunteerTime(Guid VolunteerId, long Minutes, string[] Roles);
}
