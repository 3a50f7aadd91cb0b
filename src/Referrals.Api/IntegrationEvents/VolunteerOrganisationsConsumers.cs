using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Inbox;

namespace SocialPrescribing.Referrals.IntegrationEvents;

/// <summary>Keeps <see cref="VolunteerOrganisationsRecord"/> from the volunteering service's announcements; an older one never replaces a newer.</summary>
internal static class VolunteerOrganisations
{
    public static async Task ApplyAsync(ReferralsContext db, Guid volunteerId, IReadOnlyList<Guid> organisationIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Locked until the inbox's transaction ends, so two replicas applying two announcements cannot let the older win.
        var record = await db.VolunteerOrganisations
            .FromSql($"""SELECT * FROM volunteer_organisations WHERE "VolunteerId" = {volunteerId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = new VolunteerOrganisationsRecord { VolunteerId = volunteerId };
            db.VolunteerOrganisations.Add(record);
        }
        else if (at < record.ChangedAt)
        {
            return;
        }
        record.OrganisationIds = [.. organisationIds];
        record.ChangedAt = at;
    }
}

public sealed class VolunteerRegisteredConsumer(ReferralsContext db, TimeProvider time, ILogger<VolunteerRegisteredConsumer> logger)
    : IdempotentConsumer<VolunteerRegisteredIntegrationEvent, ReferralsContext>(db, time, logger)
{
    protected override Task HandleAsync(VolunteerRegisteredIntegrationEvent message, CancellationToken cancellationToken) =>
        VolunteerOrganisations.ApplyAsync(Db, message.VolunteerId, message.OrganisationIds, message.RegisteredAt, cancellationToken);
}

public sealed class VolunteerChangedConsumer(ReferralsContext db, TimeProvider time, ILogger<VolunteerChangedConsumer> logger)
    : IdempotentConsumer<VolunteerChangedIntegrationEvent, ReferralsContext>(db, time, logger)
{
    protected override Task HandleAsync(VolunteerChangedIntegrationEvent message, CancellationToken cancellationToken) =>
        VolunteerOrganisations.ApplyAsync(Db, message.VolunteerId, message.OrganisationIds, message.ChangedAt, cancellationToken);
}
