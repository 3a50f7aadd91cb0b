using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>
/// The diversity of volunteering for a chosen quarter: approved hours, volunteers and roles by age band, ethnic group,
/// disability and area deprivation against the quarter before, and the quarterly survey's results. Small numbers are
/// suppressed by the volunteering service.
/// </summary>
public sealed class VolunteeringDiversityModel(VolunteeringClient volunteering) : ReportPageModel<ReportPeriodInput>
{
    public DiversityReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ReadyToRun())
        {
            await TryAsync(
                async () => Report = await volunteering.DiversityAsync(Input.Period!.Value.From, Input.Period!.Value.To, cancellationToken),
                errors => ModelState.AddServiceErrors<ReportPeriodInput>(errors, nameof(Input), ReportPeriodInput.ServiceFields));
        }
        return Page();
    }
}
