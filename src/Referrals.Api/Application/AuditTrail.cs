namespace SocialPrescribing.Referrals.Application;

/// <summary>Writes who read or changed which part of a person's record; saved with the change it records.</summary>
public sealed class AuditTrail(ReferralsContext db, TimeProvider time)
{
    public void Record(Caller caller, AuditAction action, Guid personId, string record, Guid recordId) =>
        db.Audit.Add(new AuditEntry
        {
            PersonId = personId,
            ActorId = caller.ActorId,
            ActorName = caller.Name,
            ActorRole = caller.Role,
            Action = action,
            Record = record,
            RecordId = recordId,
            At = time.GetUtcNow(),
        });

    /// <summary>Records a read and saves it at once: a read has no other change to ride with.</summary>
    public async Task ReadAsync(Caller caller, Guid personId, string record, Guid recordId, CancellationToken cancellationToken)
    {
        Record(caller, AuditAction.Read, personId, record, recordId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
