using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>
/// How many reminders this service sent in one whole quarter that has ended, by template: for commissioners and
/// administrators. Reminders are not held by team, so a team lead is refused rather than shown every team's.
/// </summary>
public static class NotificationsReportApi
{
    public static RouteGroupBuilder MapNotificationsReportApi(this RouteGroupBuilder reports)
    {
        reports.MapGet("/notifications", GetAsync);
        return reports;
    }

    public static async Task<Results<Ok<NotificationsReport>, ValidationProblem>> GetAsync(
        DateOnly? from, DateOnly? to, ClaimsPrincipal user, ReferralsContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.TeamLead))
        {
            throw ProblemException.Forbidden("Reminders are counted for the whole service, not by team.");
        }
        var refused = ReportPeriod.Check(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var period);
        if (refused.Count > 0)
        {
            return TypedResults.ValidationProblem(refused, title: "Reports cover one whole quarter that has ended.");
        }
        var start = new DateTimeOffset(period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.Status == NotificationStatus.Sent && n.SentAt >= start && n.SentAt < end)
            .GroupBy(n => n.Template)
            .Select(g => new { Template = g.Key, Sent = (long)g.Count() })
            .OrderBy(g => g.Template)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new NotificationsReport(
            period.From,
            period.To,
            Suppression.TotalOf(rows.Sum(r => r.Sent), rows.Select(r => r.Sent)),
            [.. rows.Select(r => new NotificationCountRow(r.Template, Suppression.Count(r.Sent)))]));
    }
}
