using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>Volunteer hours by organisation for a chosen period (no volunteer named). A GET form, so a report can be bookmarked.</summary>
public sealed class IndexModel(VolunteeringClient volunteering, DirectoryClient directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportPeriodInput Input { get; set; } = new();

    public IReadOnlyList<OrganisationHours>? Hours { get; private set; }
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public string? Unavailable { get; private set; }

    /// <summary>Whether the form was sent: a first visit shows no errors.</summary>
    public bool Asked => Request.Query.ContainsKey($"{nameof(Input)}.{nameof(Input.From)}") || Request.Query.ContainsKey($"{nameof(Input)}.{nameof(Input.To)}");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Asked)
        {
            ModelState.Clear();
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Hours = await volunteering.HoursByOrganisationAsync(Input.From!.Value, Input.To!.Value, cancellationToken);
            Names = await NamesAsync(Hours, cancellationToken);
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<ReportPeriodInput>(e.Errors, nameof(Input));
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "The report cannot be made right now because the volunteering service is not answering. Try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = "The volunteering service did not accept your sign-in. Sign out and sign in again.";
        }
        return Page();
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<OrganisationHours> hours, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var organisationId in hours.Select(h => h.OrganisationId))
        {
            try
            {
                names[organisationId] = (await directory.OrganisationAsync(organisationId, cancellationToken))?.Name
                    ?? VolunteerFormOptions.UnnamedOrganisation(organisationId);
            }
            catch (ServiceUnavailableException)
            {
                names[organisationId] = VolunteerFormOptions.UnnamedOrganisation(organisationId);
            }
        }
        return names;
    }
}
