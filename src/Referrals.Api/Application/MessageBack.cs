using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;
using SocialPrescribing.Referrals.Fhir;

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

    /// <summary>The message back of a closed referral as it stands, to read it again or resend it.</summary>
    public static async Task<ReferralMessageBackIntegrationEvent> OfClosedAsync(ReferralsContext db, ReferralRecord referral, CancellationToken cancellationToken)
    {
        var closure = referral.ToDomain().Closure
            ?? throw new DomainException("The referral is still open: its message back is sent when it closes.", "status");
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == referral.PersonId, cancellationToken);
        var measurements = await db.Measurements.AsNoTracking().Where(m => m.ReferralId == referral.Id).ToListAsync(cancellationToken);
        var closedAt = referral.History.Last(t => t.To == ReferralStatus.Closed).At;
        return For(referral, person, closure, WellbeingChange.SoFar(measurements.Select(m => m.ToDomain())), closedAt);
    }

    /// <summary>
    /// Publishes the message back (saved with the caller's change, through the outbox). A GP system's referral
    /// notes when, so the link worker sees it went, and carries the FHIR Task the GP system reads as Task/{referral id}.
    /// </summary>
    public static async Task AnnounceAsync(CaseServices s, ReferralMessageBackIntegrationEvent message, CancellationToken cancellationToken)
    {
        if (await s.Db.FhirOrigins.FindAsync([message.ReferralId], cancellationToken) is { } origin)
        {
            origin.MessageBackAnnouncedAt = s.Now;
            // Tracked, so the connections are as this change leaves them (closing finishes the attended ones).
            var connections = await s.Db.Connections.Where(c => c.ReferralId == message.ReferralId).OrderBy(c => c.SuggestedAt).ToListAsync(cancellationToken);
            message = message with { FhirTask = FhirResources.MessageBackOf(message, origin, connections).ToJson() };
        }
        s.Outbox.Add(message);
    }
}
