using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Keeps a wellbeing measurement with its referral and, when it is the latest follow-up or exit after a baseline, tells the
/// others the outcome (the SROI values the change in life satisfaction). One rule whether the link worker records the
/// measurement or the person answers the follow-up themselves.
/// </summary>
public static class WellbeingOutcomes
{
    /// <summary>Who recorded a follow-up the person answered through their own link.</summary>
    public const string ByThePerson = "person";

    public static async Task<MeasurementRecord> AddAsync(
        ReferralsContext db, IIntegrationEventOutbox outbox, ReferralRecord referral, WellbeingMeasurement measurement, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = MeasurementRecord.From(Guid.CreateVersion7(), measurement, referral.TeamId);
        var earlier = await db.Measurements.AsNoTracking().Where(m => m.ReferralId == referral.Id).ToListAsync(cancellationToken);
        if (measurement.Point != MeasurementPoint.Baseline
            && WellbeingChange.SoFar(earlier.Select(m => m.ToDomain()).Append(measurement)) is { } change
            && change.LatestTakenAt == measurement.TakenAt)
        {
            var baseline = earlier.Where(m => m.Point == MeasurementPoint.Baseline).MinBy(m => m.TakenAt)!;
            outbox.Add(new WellbeingOutcomeRecordedIntegrationEvent(
                stored.Id, referral.Id, referral.PersonId, referral.TeamId, measurement.Point.ToString(),
                baseline.LifeSatisfaction, stored.LifeSatisfaction, change.Ons4?.LifeSatisfaction, change.Swemwbs?.MetricChange, now));
        }
        db.Measurements.Add(stored);
        return stored;
    }
}
