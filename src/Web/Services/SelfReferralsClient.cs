namespace SocialPrescribing.Web.Services;

/// <summary>Sends a person's own referral to the referrals service with the web's own client-credentials token.</summary>
public sealed class SelfReferralsClient(HttpClient http) : ServiceClient(http, "referrals")
{
    public Task<SelfReferralReceipt> ReferAsync(SelfReferralRequest referral, CancellationToken cancellationToken) =>
        PostAsync<SelfReferralReceipt>("api/self-referrals", referral, cancellationToken);
}
