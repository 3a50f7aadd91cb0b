namespace SocialPrescribing.Web.Services;

/// <summary>
/// The referrals service's provider side (<c>http://referrals/api/providers/{organisation}</c>): the
/// requests link workers sent to the organisation, and its answers. Called with the staff member's token.
/// </summary>
public sealed class ProviderConnectionsClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = "referrals";

    public Task<List<ProviderConnection>> ListAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<ProviderConnection>>($"api/providers/{organisationId}/connections", cancellationToken);

    /// <summary>Accepts, or declines with a reason the link worker sees (the service requires one to decline).</summary>
    public Task AnswerAsync(Guid organisationId, Guid connectionId, bool accept, string? reason, CancellationToken cancellationToken) =>
        PostAsync<System.Text.Json.JsonElement>($"api/providers/{organisationId}/connections/{connectionId}/answer", new AnswerRequest(accept, reason), cancellationToken);

    /// <summary>What people said after the organisation's activities: ratings and comments, no names.</summary>
    public Task<List<ActivityFeedback>> FeedbackAsync(Guid organisationId, CancellationToken cancellationToken) =>
        GetAsync<List<ActivityFeedback>>($"api/providers/{organisationId}/feedback", cancellationToken);

    /// <summary>"attended", "did-not-attend" or "dropped-out" (the service requires a reason for dropping out); managers only.</summary>
    public Task RecordAttendanceAsync(Guid organisationId, Guid connectionId, string outcome, string? reason, CancellationToken cancellationToken) =>
        PostAsync<System.Text.Json.JsonElement>($"api/providers/{organisationId}/connections/{connectionId}/attendance", new AttendanceRequest(outcome, reason), cancellationToken);
}
