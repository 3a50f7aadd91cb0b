using System.Security.Claims;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Web.Authentication;

/// <summary>A place in the site a person's role opens to them, with what they do there.</summary>
public sealed record NavigationLink(string Text, string Href, string Description);

/// <summary>The one place that says which roles see which parts of the site (header menu and home page).</summary>
public static class RoleNavigation
{
    public static readonly NavigationLink Caseload = new("Caseload", "/link-worker/caseload",
        "The people referred to your team, by status, with overdue first contacts and unanswered connection requests first.");
    public static readonly NavigationLink VcseActivities = new("Your organisation", "/vcse",
        "Your organisation's activities, incoming connection requests and volunteers' hours to approve.");
    public static readonly NavigationLink HourApprovals = new("Hours to approve", "/vcse/hours",
        "Hours your volunteers have logged that wait for your approval.");
    public static readonly NavigationLink Requests = new("Requests", "/vcse/requests",
        "Link workers asking for a place for someone: accept, or decline with a reason.");
    public static readonly NavigationLink ApiClients = new("API clients", "/vcse/api-clients",
        "The connected systems that keep your organisation's listings up to date: create, change secret, revoke.");
    public static readonly NavigationLink LogHours = new("Log hours", "/volunteer/log-hours",
        "Record the time you gave: date, organisation, activity and how long.");
    public static readonly NavigationLink MyHours = new("Your hours", "/volunteer/hours",
        "Your hours so far: this week, month and year, and every log with its status.");
    public static readonly NavigationLink Invitations = new("Invitations", "/volunteer/invitations",
        "Organisations asking you to volunteer with them: accept or decline each.");
    public static readonly NavigationLink VolunteerReminders = new("Reminders", "/volunteer/reminders",
        "How we remind you before your DBS check needs renewing: by email, by text message, or not at all.");
    public static readonly NavigationLink VolunteerEquality = new("Equality information", "/volunteer/equality",
        "Optional: your age, ethnic group and any disability, kept only with your consent, to show who volunteers. Change or withdraw it at any time.");
    public static readonly NavigationLink Reports = new("Reports", "/reports",
        "Referrals, waiting times, wellbeing, equity of access, volunteer hours and SROI for a period, with CSV downloads.");

    public static readonly NavigationLink Programmes = new("Programmes", "/reports/programmes",
        "The programmes SROI is reported for and the money invested in each: add them and correct them.");

    public static IReadOnlyList<NavigationLink> For(ClaimsPrincipal user)
    {
        var links = new List<NavigationLink>();
        if (user.IsInRole(Roles.LinkWorker) || user.IsInRole(Roles.TeamLead))
        {
            links.Add(Caseload);
        }
        if ((user.IsInRole(Roles.VcseStaff) || user.IsInRole(Roles.VcseManager)) && user.HasClaim(c => c.Type == ClaimNames.OrganisationId))
        {
            links.AddRange([VcseActivities, Requests, HourApprovals]);
            if (user.IsInRole(Roles.VcseManager))
            {
                links.Add(ApiClients);
            }
        }
        if (user.HasClaim(c => c.Type == ClaimNames.VolunteerId))
        {
            links.AddRange([LogHours, MyHours, Invitations, VolunteerReminders, VolunteerEquality]);
        }
        if (user.IsInRole(Roles.Commissioner) || user.IsInRole(Roles.Administrator))
        {
            links.AddRange([Reports, Programmes]);
        }
        return links;
    }
}
