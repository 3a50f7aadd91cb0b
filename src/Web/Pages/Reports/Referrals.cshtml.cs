using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>Referrals, waiting times, wellbeing change and equity of access for a period, from the referrals service's aggregates.</summary>
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
            ? Csv(ReferralsCsv.Write(Report!), $"referrals-{Input.From:yyyy-MM-dd}-to-{Input.To:yyyy-MM-dd}.csv")
            : Page();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken) =>
        ReadyToRun() && await TryAsync(
            async () => Report = await reports.ReferralsAsync(Input.From!.Value, Input.To!.Value, cancellationToken),
            errors => ModelState.AddServiceErrors<ReportPeriodInput>(errors, nameof(Input)));
}
