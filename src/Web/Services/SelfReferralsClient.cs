namespace SocialPrescribing.Web.Services;

/// <summary>What the referrals service needs from a person referring themselves (its <c>/api/self-referrals</c>).</summary>
public sealed record SelfReferralSubmission(
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    ContactSubmission Contact,
    string? Postcode,
    string? WhatMatters,
    IReadOnlyList<string> NeedTermIds,
    bool AgreedToDataUse);

/// <summary>Sends a person's own referral to the referrals service with the web's own client-credentials token.</summary>
public sealed class SelfReferralsClient(HttpClient http) : ServiceClient(http, "referrals")
{
    public Task<SelfReferralReceipt> ReferAsync(SelfReferralSubmission referral, CancellationToken cancellationToken) =>
        PostAsync<SelfReferralReceipt>("api/self-referrals", referral, cancellationToken);
}
