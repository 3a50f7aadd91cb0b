using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// The volunteer's own totals (week, month, year) and their logs, newest first, a page at a time and
/// narrowed by organisation, status or month; a log still waiting can be corrected or withdrawn.
/// </summary>
public sealed class HoursModel(VolunteeringClient volunteering, VolunteerFormOptions options, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Logged { get; set; }

    /// <summary>What was just corrected or withdrawn, said once.</summary>
    [TempData]
    public string? Done { get; set; }

    public HistoryFilterInput Filter { get; private set; } = new();
    public VolunteerTotalsResponse? Totals { get; private set; }
    public IReadOnlyList<HourLogResponse> Logs { get; private set; } = [];
    public bool HasNextPage { get; private set; }
    public IReadOnlyList<OrganisationChoice> Organisations { get; private set; } = [];
    public string? Unavailable { get; private set; }

    public DateOnly Today => UkCalendar.Today(time);

    /// <param name="pageNumber">Not "page", which Razor Pages keeps for the page's own path.</param>
    public async Task OnGetAsync(Guid? organisation, string? status, string? month, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        Filter = new HistoryFilterInput { Organisation = organisation, Status = status, Month = month, Page = pageNumber };
        var volunteerId = User.VolunteerId();
        try
        {
            Totals = await volunteering.TotalsAsync(volunteerId, cancellationToken);
            var logs = await volunteering.HistoryAsync(volunteerId, Filter.ToFilter(), Filter.PageNumber, HistoryFilterInput.PageSize, cancellationToken);
            (Logs, HasNextPage) = (logs.Items, logs.Page * logs.PerPage < logs.TotalItems);
            Organisations = (options.LastKnown(volunteerId) ?? await options.LoadAsync(volunteerId, cancellationToken)).Organisations;
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "Your hours cannot be shown right now because the volunteering service is not answering. " +
                          "Hours you log on this phone are kept and sent when it answers again.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = "The volunteering service did not accept your sign-in. Sign out and sign in again.";
        }
    }

    public string OrganisationName(Guid organisationId) =>
        Organisations.FirstOrDefault(o => o.Id == organisationId)?.Name
        ?? VolunteerFormOptions.UnnamedOrganisation(organisationId);

    public string ActivityName(Guid? activityId) =>
        activityId is null
            ? "Not one particular activity"
            : Organisations.SelectMany(o => o.Activities).FirstOrDefault(a => a.Id == activityId)?.Name
              ?? "An activity no longer listed";
}
