using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Inbox;
using SocialPrescribing.Volunteering.Domain.Calendar;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>Keeps the ONS4 life-satisfaction changes the referrals service records, for the SROI report's wellbeing outcome.</summary>
public sealed class WellbeingOutcomeRecordedConsumer(VolunteeringContext db, TimeProvider time, ILogger<WellbeingOutcomeRecordedConsumer> logger)
    : IdempotentConsumer<WellbeingOutcomeRecordedIntegrationEvent, VolunteeringContext>(db, time, logger)
{
    protected override async Task HandleAsync(WellbeingOutcomeRecordedIntegrationEvent message, CancellationToken cancellationToken)
    {
        // Without both answers there is no change to value.
        if (message.LifeSatisfactionBefore is not { } before || message.LifeSatisfactionAfter is not { } after
            || await Db.WellbeingOutcomes.AnyAsync(o => o.MeasurementId == message.MeasurementId, cancellationToken))
        {
            return;
        }
        Db.WellbeingOutcomes.Add(new WellbeingOutcome
        {
            MeasurementId = message.MeasurementId,
            ReferralId = message.ReferralId,
            Point = message.Point,
            LifeSatisfactionBefore = before,
            LifeSatisfactionAfter = after,
            RecordedOn = UkCalendar.DateOf(message.RecordedAt),
        });
    }
}

/// <summary>Records which organisations a referred person attended, so their wellbeing change is credited there.</summary>
public sealed class ConnectionAttendedConsumer(VolunteeringContext db, TimeProvider time, ILogger<ConnectionAttendedConsumer> logger)
    : IdempotentConsumer<ConnectionAttendedIntegrationEvent, VolunteeringContext>(db, time, logger)
{
    protected override async Task HandleAsync(ConnectionAttendedIntegrationEvent message, CancellationToken cancellationToken)
    {
        if (!await Db.ReferralAttendances.AnyAsync(a => a.ReferralId == message.ReferralId && a.OrganisationId == message.ProviderId, cancellationToken))
        {
            Db.ReferralAttendances.Add(new ReferralAttendance { ReferralId = message.ReferralId, OrganisationId = message.ProviderId, AttendedAt = message.AttendedAt });
        }
    }
}
