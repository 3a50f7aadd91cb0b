using SocialPrescribing.Web.Pages.LinkWorker.Referrals;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>Reminders the referrals service sent (to people and to link workers), from its notifications report.</summary>
public sealed class NotificationOutcomes(ReferralReportsClient reports) : IOutcomeSource
{
    public const string Source = "Referrals service: notifications report";

    public string Service => ReferralReportsClient.ServiceName;

    public async Task<IReadOnlyList<OutcomeMeasure>> MeasuresAsync(OutcomesQuery query, CancellationToken cancellationToken)
    {
        var report = await reports.NotificationsAsync(query.Quarter.From, query.Quarter.To, cancellationToken);
        var period = query.Quarter.Name;
        return
        [
            new("Notifications", "Notifications sent", ReportFormat.Given(report.Sent),
                "Reminders accepted for delivery in the quarter, by email or text message. Not counted: those a person opted out of.", Source, period),
            .. report.ByTemplate.Select(row => new OutcomeMeasure("Notifications", $"Notifications sent: {NotificationText.Template(row.Template)}", row.Sent,
                "Reminders of this kind accepted for delivery in the quarter.", Source, period)),
        ];
    }
}
