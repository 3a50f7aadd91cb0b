using System.Security.Claims;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Reports;

namespace SocialPrescribing.Referrals.Application;

/// <summary>Whose figures and which quarter a report covers, the same for every report of this service.</summary>
public sealed record ReportScope(ReportPeriod Period, Guid? TeamId)
{
    public DateTimeOffset Start => new(Period.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The day after the quarter, excluded.</summary>
    public DateTimeOffset End => new(Period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A team lead sees their own team only; others all teams or the one asked for. Null with the refusals when the period is not a whole ended quarter.</summary>
    public static ReportScope? Of(ClaimsPrincipal user, DateOnly? from, DateOnly? to, Guid? teamId, TimeProvider time, out IReadOnlyDictionary<string, string[]> refused)
    {
        if (user.IsInRole(Roles.TeamLead))
        {
            var caller = Caller.Of(user);
            teamId = teamId is null || teamId == caller.TeamId ? caller.RequiredTeamId : throw ProblemException.Forbidden("A team lead sees their own team's reports only.");
        }
        refused = ReportPeriod.Check(from, to, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var period);
        return refused.Count > 0 ? null : new ReportScope(period, teamId);
    }

    public const string RefusedTitle = "Reports cover one whole quarter that has ended.";
}
