using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Application;

/// <summary>The message back to the referrer when a referral closes: codes, outcome, summary and wellbeing change.</summary>
internal static class MessageBack
{
    public static ReferralMessageBackIntegrationEvent For(
        ReferralRecord referral, PersonRecord person, ReferralClosure closure, WellbeingChange? change, DateTimeOffset closedAt)
    {
        // The referral's own code, then the closing code when it differs (declined adds 871711000000103).
        var codes = new[] { referral.Details.Code, closure.Code }
            .DistinctBy(c => c.Value)
            .Select(c => new SnomedConcept(c.Value, c.Term))
            .ToList();
        return new ReferralMessageBackIntegrationEvent(
            referral.Id,
            person.NhsNumber,
            referral.Referrer?.Name,
            referral.Referrer?.Organisation,
            referral.Referrer?.OrganisationCode,
            codes,
            closure.Reason.ToString(),
            closure.Outcome,
            closure.Summary,
            change is null
                ? null
                : new WellbeingChangeSummary(
                    change.LatestPoint.ToString(),
                    change.Ons4?.LifeSatisfaction,
                    change.Ons4?.Worthwhile,
                    change.Ons4?.Happiness,
                    change.Ons4?.Anxiety,
                    change.Swemwbs?.MetricChange),
            closedAt);
    }
}
