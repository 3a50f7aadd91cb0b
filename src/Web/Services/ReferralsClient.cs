namespace SocialPrescribing.Web.Services;

/// <summary>One open referral on a team's caseload, as the referrals service lists it.</summary>
public sealed record CaseloadEntry(Guid ReferralId, Guid PersonId, string PersonName, string Status, string Urgency, bool SafeguardingConcern, DateTimeOffset ReceivedAt);

/// <summary>The referrals service's REST API (<c>http://referrals</c>), called with the link worker's access token.</summary>
public sealed class ReferralsClient(HttpClient http) : ServiceClient(http, ServiceName)
{
    public const string ServiceName = "referrals";

    public Task<List<CaseloadEntry>> CaseloadAsync(Guid teamId, CancellationToken cancellationToken) =>
        GetAsync<List<CaseloadEntry>>($"api/teams/{teamId}/caseload", cancellationToken);
}
