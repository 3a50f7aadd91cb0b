using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>A team's caseload (searched, filtered, sorted and paged here) and the look-up of its people before a new referral.</summary>
public static class CaseloadApi
{
    public const int MaxPeopleFound = 20;

    public static RouteGroupBuilder MapCaseloadApi(this RouteGroupBuilder api)
    {
        // The shared rule compares the route's teamId with the caller's team.
        var team = api.MapGroup("/teams/{teamId:guid}").RequireAuthorization(Policies.OwnTeamCaseload);
        team.MapGet("/caseload", CaseloadAsync);
        team.MapGet("/people", FindPeopleAsync);
        return api;
    }

    public static async Task<Ok<Paged<CaseloadEntry>>> CaseloadAsync(
        Guid teamId, [AsParameters] CaseloadRequest request, ClaimsPrincipal user, CaseServices s, IWorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var (status, urgency, sort, page) = request.Validate();
        var referrals = s.Db.Referrals.AsNoTracking().Where(r => r.TeamId == teamId && r.Status != ReferralStatus.Closed);
        if (status is { } wanted)
        {
            referrals = referrals.Where(r => r.Status == wanted);
        }
        if (urgency is { } level)
        {
            referrals = referrals.Where(r => r.Urgency == level);
        }
        // A team's open referrals are a few hundred at most, so the worked-out columns (overdue, next action) are
        // filtered and sorted here rather than in SQL; the page alone leaves the service.
        // Only the columns a caseload shows: not the notes, history and needs of every open referral.
        var rows = await referrals.Join(s.Db.People.Matching(request.Q), r => r.PersonId, p => p.Id, (r, p) => new CaseloadRow(
                r.Id, p.Id, p.GivenName, p.FamilyName, r.Status, r.Urgency, r.SafeguardingConcern, r.ReceivedAt, r.ReceivedBy, r.Plan, r.LastContactAt))
            .ToListAsync(cancellationToken);
        var waiting = await s.Db.Connections.AsNoTracking()
            .Where(c => c.TeamId == teamId && c.Status == ConnectionStatus.Requested)
            .GroupBy(c => c.ReferralId)
            .Select(g => new { ReferralId = g.Key, Count = g.Count(), DueBy = g.Min(c => c.AnswerDueBy) })
            .ToDictionaryAsync(g => g.ReferralId, cancellationToken);
        var today = s.Today;
        var entries = rows.Select(x =>
        {
            var w = waiting.GetValueOrDefault(x.ReferralId);
            return (Entry: Entry(x, w?.Count ?? 0, w?.DueBy, today, calendar), SortName: $"{x.FamilyName} {x.GivenName}");
        });
        if (request.Overdue is { } overdue)
        {
            entries = entries.Where(e => e.Entry.Overdue == overdue);
        }
        var matched = Sorted(entries, sort).Select(e => e.Entry).ToList();
        var shown = matched.Skip(page.Skip).Take(page.PerPage).ToList();
        await s.Audit.ReadManyAsync(Caller.Of(user), "caseload", [.. shown.Select(e => (e.PersonId, e.ReferralId))], cancellationToken);
        return TypedResults.Ok(new Paged<CaseloadEntry>(matched.Count, page.Page, page.PerPage, shown));
    }

    /// <summary>People of the team who fit a name or NHS number: so a person referred again is not typed in twice.</summary>
    public static async Task<Ok<List<PersonMatch>>> FindPeopleAsync(
        Guid teamId, string? q, ClaimsPrincipal user, CaseServices s, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new DomainException("Enter a name or NHS number to look for.", "q");
        }
        var people = await s.Db.People.AsNoTracking().Where(p => p.TeamId == teamId).Matching(q)
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Take(MaxPeopleFound)
            .Select(p => new
            {
                Person = p,
                Open = s.Db.Referrals.Count(r => r.PersonId == p.Id && r.Status != ReferralStatus.Closed),
            })
            .ToListAsync(cancellationToken);
        await s.Audit.ReadManyAsync(Caller.Of(user), "person-lookup", [.. people.Select(x => (x.Person.Id, x.Person.Id))], cancellationToken);
        return TypedResults.Ok(people.Select(x => new PersonMatch(
            x.Person.Id, $"{x.Person.GivenName} {x.Person.FamilyName}", x.Person.DateOfBirth, x.Person.NhsNumber, x.Person.PostcodeDistrict, x.Open)).ToList());
    }

    private static CaseloadEntry Entry(CaseloadRow r, int waiting, DateOnly? dueBy, DateOnly today, IWorkingDayCalendar calendar)
    {
        var actions = r.Plan?.Goals.SelectMany(g => g.Actions).ToList() ?? [];
        var dated = actions.Where(a => a.DueOn is not null).OrderBy(a => a.DueOn).ToList();
        // The earliest action still to come, else the latest whose day has passed, else the first with no date.
        var next = dated.FirstOrDefault(a => a.DueOn >= today) ?? dated.LastOrDefault() ?? actions.FirstOrDefault();
        return new CaseloadEntry(
            r.ReferralId, r.PersonId, $"{r.GivenName} {r.FamilyName}", r.Status.WireName(), r.Urgency.WireName(), r.SafeguardingConcern, r.ReceivedAt,
            waiting, dueBy,
            Owner: r.ReceivedBy,
            NextAction: next?.Description,
            NextActionDueOn: next?.DueOn,
            LastContact: r.LastContactAt,
            PlanReviewOn: r.Plan?.ReviewOn,
            PlanReviewOverdue: r.Plan is { } plan && plan.ReviewOn < today,
            FirstContactOverdue: FirstContact.IsOverdue(r.Status, r.Urgency, WorkingDays.UkDateOf(r.ReceivedAt), today, calendar),
            AnswerOverdue: dueBy < today);
    }

    private sealed record CaseloadRow(
        Guid ReferralId, Guid PersonId, string GivenName, string FamilyName, ReferralStatus Status, Urgency Urgency, bool SafeguardingConcern,
        DateTimeOffset ReceivedAt, string ReceivedBy, Domain.Referrals.CarePlan? Plan, DateTimeOffset? LastContactAt);

    /// <param name="entries">Each with the name it sorts by: family name first, as a caseload is read.</param>
    private static IEnumerable<(CaseloadEntry Entry, string SortName)> Sorted(IEnumerable<(CaseloadEntry Entry, string SortName)> entries, CaseloadSort sort) => (sort switch
    {
        CaseloadSort.Received => entries.OrderBy(e => e.Entry.ReceivedAt),
        CaseloadSort.Name => entries.OrderBy(e => e.SortName, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Entry.ReceivedAt),
        CaseloadSort.LastContact => entries.OrderBy(e => e.Entry.LastContact ?? e.Entry.ReceivedAt),
        CaseloadSort.Urgency => entries.OrderByDescending(e => Enum.Parse<Urgency>(e.Entry.Urgency)).ThenBy(e => e.Entry.ReceivedAt),
        _ => entries.OrderByDescending(e => e.Entry.Overdue).ThenByDescending(e => e.Entry.SafeguardingConcern).ThenBy(e => e.Entry.ReceivedAt),
    }).ThenBy(e => e.Entry.ReferralId);
}
