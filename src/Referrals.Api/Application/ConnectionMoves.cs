using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Referrals.Domain.Connections;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Moves connections on through the lifecycle and keeps the directory's places in step: a place
/// is held before the change is saved (so two link workers cannot both take the last one) and
/// given back if the save fails; a release happens once the change is saved.
/// </summary>
public sealed class ConnectionMoves(
    ReferralsContext db,
    IIntegrationEventOutbox outbox,
    IPlaces places,
    ConnectionLifecycle lifecycle,
    AuditTrail audit,
    SurveyInvitations surveys,
    TimeProvider time)
{
    public sealed record Staged(ConnectionRecord Record, PlaceEffect Place);

    /// <summary>
    /// Applies the step to the record with its event and audit entry; nothing is saved or held yet.
    /// Sending the request shares the person's details with the provider, so it needs their consent.
    /// </summary>
    public async Task<Staged> StageAsync(ConnectionRecord record, ConnectionStatus to, Caller caller, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (to == ConnectionStatus.Requested)
        {
            var person = await db.People.FindAsync([record.PersonId], cancellationToken) ?? throw ProblemException.NotFound("person", record.PersonId);
            person.ToDomain().Consents.EnsureMayShareWith(record.ProviderId, now);
        }
        var connection = record.ToDomain(lifecycle);
        var result = connection.MoveTo(to, caller.ActorId, now, lifecycle, reason);
        record.Apply(connection, lifecycle);
        if (to == ConnectionStatus.Requested)
        {
            (record.RequestedByName, record.RequestedByEmail) = (caller.Name, caller.Email);
        }
        if (ConnectionEvents.Of(record, result.Transition) is { } integrationEvent)
        {
            outbox.Add(integrationEvent);
        }
        audit.Record(caller, AuditAction.Change, record.PersonId, "connection", record.Id);
        if (to == ConnectionStatus.Attended)
        {
            await surveys.AfterActivityAsync(record, cancellationToken);
        }
        // Only activities have places at the directory; a volunteer's caseload is the volunteering service's.
        return new Staged(record, record.TargetKind == ConnectionTargetKind.Activity ? result.Place : PlaceEffect.None);
    }

    /// <summary>Holds, saves (with whatever else the context holds), then releases.</summary>
    public async Task SaveAsync(IReadOnlyList<Staged> staged, CancellationToken cancellationToken)
    {
        var held = new List<ConnectionRecord>();
        try
        {
            foreach (var hold in staged.Where(s => s.Place == PlaceEffect.Hold))
            {
                if (!await places.HoldAsync(hold.Record.TargetId, hold.Record.Id, hold.Record.TeamId, cancellationToken))
                {
                    throw ProblemException.Conflict("The activity has no places left; suggest another or ask the provider about a waiting list.", "targetId");
                }
                held.Add(hold.Record);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch when (held.Count > 0)
        {
            foreach (var record in held)
            {
                await places.ReleaseAsync(record.Id, record.TeamId, CancellationToken.None);
            }
            throw;
        }
        foreach (var release in staged.Where(s => s.Place == PlaceEffect.Release))
        {
            await places.ReleaseAsync(release.Record.Id, release.Record.TeamId, cancellationToken);
        }
    }

    public async Task MoveAsync(ConnectionRecord record, ConnectionStatus to, Caller caller, string? reason, CancellationToken cancellationToken) =>
        await SaveAsync([await StageAsync(record, to, caller, reason, cancellationToken)], cancellationToken);
}
