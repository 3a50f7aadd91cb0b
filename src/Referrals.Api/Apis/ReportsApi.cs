using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;
using Ons4Change = SocialPrescribing.Referrals.Domain.Wellbeing.Ons4Change;
using SwemwbsChange = SocialPrescribing.Referrals.Domain.Wellbeing.SwemwbsChange;
using WellbeingChange = SocialPrescribing.Referrals.Domain.Wellbeing.WellbeingChange;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>
/// Aggregates only, every count under 5 suppressed, over one whole quarter that has ended (<see cref="ReportPeriod"/>): for commissioners (all teams or one) and team
/// leads (their own team). The number of referrals and every breakdown of it that adds up to it (source, status, each equity
/// table's referred) are suppressed together (<see cref="Suppression.TotalOfBreakdowns"/>), so no subtraction gives a hidden row back. Equity of access is shown by deprivation, ethnicity, first language and carer status.
/// </summary>
public static class ReportsApi
{
    private static readonly ConnectionStatus[] Connected = [ConnectionStatus.Accepted, ConnectionStatus.Attended, ConnectionStatus.Finished];

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder reports)
    {
        reports.MapGet("/referrals", ReferralsAsync);
        return reports.MapNotificationsReportApi();
    }

    public static async Task<Results<Ok<ReferralsReport>, ValidationProblem>> ReferralsAsync(
        DateOnly? from, DateOnly? to, Guid? teamId, ClaimsPrincipal user, DeprivationTable deprivation, CaseServices s, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (ReportScope.Of(user, from, to, teamId, time, out var refused) is not { } scope)
        {
            return TypedResults.ValidationProblem(refused, title: ReportScope.RefusedTitle);
        }
        (var period, teamId, var start, var end) = (scope.Period, scope.TeamId, scope.Start, scope.End);

        var referrals = await s.Db.Referrals.AsNoTracking()
            .Where(r => r.ReceivedAt >= start && r.ReceivedAt < end && (teamId == null || r.TeamId == teamId))
            .ToListAsync(cancellationToken);
        var ids = referrals.Select(r => r.Id).ToList();
        var personIds = referrals.Select(r => r.PersonId).Distinct().ToList();
        var people = await s.Db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var connected = (await s.Db.Connections.AsNoTracking()
                .Where(c => ids.Contains(c.ReferralId) && Connected.Contains(c.Status))
                .Select(c => c.ReferralId).ToListAsync(cancellationToken))
            .ToHashSet();
        var measurements = await s.Db.Measurements.AsNoTracking().Where(m => ids.Contains(m.ReferralId)).ToListAsync(cancellationToken);

        var cases = referrals.Select(r => new Case(r, people[r.PersonId], connected.Contains(r.Id))).ToList();
        // Each breakdown adds up to the total: one with a hidden row withholds the total, and the others a row each.
        var bySource = GroupBy(cases, c => c.Referral.Source.WireName());
        var byStatus = GroupBy(cases, c => c.Referral.Status.WireName());
        var byDecile = deprivation.IsLoaded ? GroupBy(cases, c => EquityGroups.DecileOf(deprivation, c.Person)) : [];
        var byEthnicity = GroupBy(cases, c => EquityGroups.EthnicityOf(c.Person));
        var byLanguage = GroupBy(cases, c => c.Person.FirstLanguage);
        var byCarer = GroupBy(cases, c => EquityGroups.CarerStatusOf(c.Person));
        var (total, counts) = Suppression.TotalOfBreakdowns(
            cases.Count, [.. new[] { bySource, byStatus, byDecile, byEthnicity, byLanguage, byCarer }.Select(Sizes)]);
        return TypedResults.Ok(new ReferralsReport(
            period.From,
            period.To,
            teamId,
            total,
            CountRows(bySource, counts[0]),
            CountRows(byStatus, counts[1]),
            Waiting(referrals, ReferralStatus.Contacted),
            Waiting(referrals, ReferralStatus.Connected),
            WellbeingBySource(referrals, measurements),
            deprivation.Source,
            EquityGroups.DeprivationNote(deprivation, "referrals"),
            EquityRows(byDecile, counts[2]),
            EquityRows(byEthnicity, counts[3]),
            EquityRows(byLanguage, counts[4]),
            EquityRows(byCarer, counts[5])));
    }

    private sealed record Case(ReferralRecord Referral, PersonRecord Person, bool Connected)
    {
        public bool Completed => Referral.ClosureReason == ClosureReason.Completed;
    }

    private static List<IGrouping<string, Case>> GroupBy(List<Case> cases, Func<Case, string> group) =>
        [.. cases.GroupBy(group).OrderBy(g => g.Key, StringComparer.Ordinal)];

    private static IReadOnlyList<long> Sizes(List<IGrouping<string, Case>> groups) => [.. groups.Select(g => (long)g.Count())];

    private static List<CountRow> CountRows(List<IGrouping<string, Case>> groups, IReadOnlyList<string?> counts) =>
        [.. groups.Select((g, i) => new CountRow(g.Key, counts[i]))];

    private static List<EquityRow> EquityRows(List<IGrouping<string, Case>> groups, IReadOnlyList<string?> counts) =>
        [.. groups.Select((g, i) => new EquityRow(
            g.Key,
            counts[i],
            Suppression.Count(g.Count(c => c.Connected)),
            Suppression.Count(g.Count(c => c.Completed))))];

    /// <summary>Days from receipt to the first time the referral reached <paramref name="status"/>.</summary>
    private static WaitingTime Waiting(List<ReferralRecord> referrals, ReferralStatus status)
    {
        var days = referrals
            .Select(r => r.History.FirstOrDefault(t => t.To == status) is { } reached ? (reached.At - r.ReceivedAt).TotalDays : (double?)null)
            .OfType<double>()
            .Order()
            .ToList();
        return new WaitingTime(Suppression.Count(days.Count), Suppression.Over(days.Count, () => Median(days)));
    }

    private static List<WellbeingCohortRow> WellbeingBySource(List<ReferralRecord> referrals, List<MeasurementRecord> measurements)
    {
        var byReferral = measurements.ToLookup(m => m.ReferralId);
        return [.. referrals
            .Select(r => (r.Source, Change: WellbeingChange.SoFar(byReferral[r.Id].Select(m => m.ToDomain()))))
            .Where(x => x.Change is not null)
            .GroupBy(x => x.Source.WireName())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var changes = g.Select(x => x.Change!).ToList();
                var ons4 = changes.Select(c => c.Ons4).OfType<Ons4Change>().ToList();
                var swemwbs = changes.Select(c => c.Swemwbs).OfType<SwemwbsChange>().ToList();
                return new WellbeingCohortRow(
                    g.Key,
                    Suppression.Count(changes.Count),
                    MeanChange(ons4.Select(c => c.LifeSatisfaction)),
                    MeanChange(ons4.Select(c => c.Anxiety)),
                    Suppression.Over(swemwbs.Count, () => (double)swemwbs.Average(c => c.MetricChange)),
                    MeanChange(ons4.Select(c => c.Worthwhile)),
                    MeanChange(ons4.Select(c => c.Happiness)));
            })];
    }

    /// <summary>One ONS4 question's mean change over the people who answered it both times; withheld under 5.</summary>
    private static double? MeanChange(IEnumerable<int?> changes)
    {
        var answered = changes.OfType<int>().ToList();
        return Suppression.Over(answered.Count, () => answered.Average());
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
