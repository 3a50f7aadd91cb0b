using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>People's experience for a quarter, from the referrals service's survey aggregates.</summary>
public sealed class ExperienceModel(ReferralReportsClient reports) : ReportPageModel<ReportPeriodInput>
{
    public ExperienceReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (ReadyToRun())
        {
            await TryAsync(
                async () => Report = await reports.ExperienceAsync(Input.Period!.Value.From, Input.Period!.Value.To, cancellationToken),
                errors => ModelState.AddServiceErrors<ReportPeriodInput>(errors, nameof(Input), ReportPeriodInput.ServiceFields));
        }
        return Page();
    }

    /// <summary>"80%", or why it is not shown.</summary>
    public static string Percent(double? percent) => percent is { } p ? $"{p:0}%" : "Not shown: fewer than 5 answers";

    public static string Mean(double? mean) => mean is { } m ? $"{m:0.0} out of 5" : "Not shown: fewer than 5 answers";
}
