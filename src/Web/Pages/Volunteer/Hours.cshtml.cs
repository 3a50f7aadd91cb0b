using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>The volunteer's own totals (week, month, year) and every log with its status.</summary>
public sealed class HoursModel(VolunteeringClient volunteering, VolunteerFormOptions options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Logged { get; set; }

    public VolunteerTotals? Totals { get; private set; }
    public IReadOnlyList<HourLog> Logs { get; private set; } = [];
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var volunteerId = User.VolunteerId();
        try
        {
            Totals = await volunteering.TotalsAsync(volunteerId, cancellationToken);
            Logs = await volunteering.HistoryAsync(volunteerId, cancellationToken);
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
        options.LastKnown(User.VolunteerId())?.Organisations.FirstOrDefault(o => o.Id == organisationId)?.Name
        ?? VolunteerFormOptions.UnnamedOrganisation(organisationId);

    public string ActivityName(Guid? activityId) =>
        activityId is null
            ? "Not one particular activity"
            : options.LastKnown(User.VolunteerId())?.Organisations.SelectMany(o => o.Activities).FirstOrDefault(a => a.Id == activityId)?.Name
              ?? "An activity no longer listed";
}
