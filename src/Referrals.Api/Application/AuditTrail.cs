using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Records the reads of a list (a caseload page, a look-up) in one statement: one row per person shown, as
    /// <see cref="ReadAsync"/> would write, without tracking and saving each row (a list page is read far more
    /// often than it changes anything, and this is most of its cost otherwise).
    /// </summary>
    public async Task ReadManyAsync(Caller caller, string record, IReadOnlyCollection<(Guid PersonId, Guid RecordId)> reads, CancellationToken cancellationToken)
    {
        if (reads.Count == 0)
        {
            return;
        }
        var personIds = reads.Select(r => r.PersonId).ToArray();
        var recordIds = reads.Select(r => r.RecordId).ToArray();
        // Column names and the enum's stored name as ReferralsContext maps them (enums by name); AuditTests reads these rows back.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO audit_entries ("PersonId", "ActorId", "ActorName", "ActorRole", "Action", "Record", "RecordId", "At")
            SELECT person, {caller.ActorId}, {caller.Name}, {caller.Role}, {nameof(AuditAction.Read)}, {record}, read, {time.GetUtcNow()}
            FROM unnest({personIds}, {recordIds}) AS shown(person, read)
            """, cancellationToken);
    }
}
