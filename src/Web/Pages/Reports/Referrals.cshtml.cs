using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>Referrals, waiting times, wellbeing change and equity of access for a quarter, from the referrals service's aggregates.</summary>
public sealed class ReferralsModel(ReferralReportsClient reports) : ReportPageModel<ReportPeriodInput>
{
    public ReferralsReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
            ? Csv(ReferralsCsv.Write(Report!), $"referrals-{Input.Period?.Key}.csv")
            : Page();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken) =>
        ReadyToRun() && await TryAsync(
            async () => Report = await reports.ReferralsAsync(Input.Period!.Value.From, Input.Period!.Value.To, cancellationToken),
            errors => ModelState.AddServiceErrors<ReportPeriodInput>(errors, nameof(Input), ReportPeriodInput.ServiceFields));
}
