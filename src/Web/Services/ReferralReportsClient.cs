namespace SocialPrescribing.Web.Services;

/// <summary>
/// The referrals service's aggregate reports (<c>http://referrals</c>), called with the signed-in
/// commissioner's token: figures only, never a person.
/// </summary>
public sealed class ReferralReportsClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = "referrals";

    /// <summary>Referrals, waiting times, wellbeing change and equity of access for a period (all teams the caller may see).</summary>
    public Task<ReferralsReport> ReferralsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetAsync<ReferralsReport>($"api/reports/referrals?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);

    /// <summary>People's experience for a quarter: after-activity ratings, I statements, carers' measures, by equity group.</summary>
    public Task<ExperienceReport> ExperienceAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetAsync<ExperienceReport>($"api/reports/experience?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);
    /// <summary>Reminders the referrals service sent in a quarter, by template.</summary>
    public Task<NotificationsReport> NotificationsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        GetAsync<NotificationsReport>($"api/reports/notifications?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}", cancellationToken);
}
