using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Which link worker a referral's reminders go to. Referrals holds no staff directory: the link worker who takes or
/// acts on a referral becomes its link worker, and their name and work email are copied from their access token
/// (identity's <c>name</c> and <c>email</c> claims), as a connection request records its sender.
/// </summary>
public sealed class LinkWorkers(ReferralsContext db)
{
    /// <summary>Makes the calling link worker the referral's own; staged with the caller's change. Anyone else leaves it as it was.</summary>
    public async Task AssignAsync(Caller caller, ReferralRecord referral, CancellationToken cancellationToken)
    {
        if (await RecordAsync(caller, cancellationToken) is { } id)
        {
            referral.LinkWorkerId = id;
        }
    }

    /// <summary>The caller's record, created or brought up to date from their token; null for a caller who is not a link worker.</summary>
    public async Task<Guid?> RecordAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.Role != Roles.LinkWorker)
        {
            return null;
        }
        // One statement, so two first requests at once from the same link worker make one record.
        var ids = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO link_workers ("Id", "Subject", "Name", "Email", "Reminders")
            VALUES ({Guid.CreateVersion7()}, {caller.ActorId}, {caller.Name}, {caller.Email}, {LinkWorkerRecord.DefaultReminders.ToString()})
            ON CONFLICT ("Subject") DO UPDATE SET "Name" = excluded."Name", "Email" = excluded."Email"
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        return ids[0];
    }

}
