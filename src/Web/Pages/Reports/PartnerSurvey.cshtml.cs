using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>The VCSE partners' yearly survey in aggregate: the share agreeing with each statement, no organisation named.</summary>
public sealed class PartnerSurveyModel(PartnerSurveyClient survey, TimeProvider time) : ReportPageModel<PartnerSurveyReportInput>
{
    public PartnerSurveyReport? Report { get; private set; }

    public IReadOnlyList<int> Years => PartnerSurveyReportInput.Years(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ReadyToRun())
        {
            await TryAsync(async () => Report = await survey.ReportAsync(Input.Year!.Value, cancellationToken),
                errors => ModelState.AddServiceErrors<PartnerSurveyReportInput>(errors, nameof(Input)));
        }
        return Page();
    }
}
