using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Volunteering.Domain.Calendar;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// Raises the warnings before a DBS check or training runs out (60, 30 and 7 days before) and the
/// notice once it has. Each notice is stored with its event in one transaction under a key of
/// (volunteer, qualification, expiry date, stage), so however often or on however many replicas the
/// check runs, each is raised once; a renewal has a new date and is warned about afresh. A check
/// that was not running at a threshold raises only the latest stage reached, not the ones missed.
/// A DBS warning also reminds the volunteer (<see cref="DbsRenewalReminder"/>), in the same transaction.
/// Whether a volunteer may take a role is decided from the dates at the time of asking
/// (<see cref="VolunteerRoles"/>), so an expired check blocks a role even before this notice goes out.
/// </summary>
public sealed class QualificationExpiryCheck(VolunteeringContext db, IIntegrationEventOutbox outbox, TimeProvider time)
{
    public static readonly IReadOnlyList<int> WarningDays = [60, 30, 7];
    public const int ExpiredStage = 0;
    public const string Dbs = "dbs";

    /// <returns>How many notices were raised.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = UkCalendar.DateOf(now);
        var horizon = today.AddDays(WarningDays.Max());

        var volunteers = await db.Volunteers
            .Where(v => (v.Dbs != null && v.Dbs.RenewBy <= horizon
                         && !db.QualificationNotices.Any(n => n.VolunteerId == v.Id && n.Qualification == Dbs && n.ExpiresOn == v.Dbs.RenewBy && n.Stage == ExpiredStage))
                        || v.Trainings.Any(t => t.ValidUntil <= horizon
                                                && !db.QualificationNotices.Any(n => n.VolunteerId == v.Id && n.Qualification == "training:" + t.Code
                                                                                     && n.ExpiresOn == t.ValidUntil && n.Stage == ExpiredStage)))
            .ToListAsync(cancellationToken);
        var ids = volunteers.Select(v => v.Id).ToList();
        var raised = (await db.QualificationNotices.Where(n => ids.Contains(n.VolunteerId)).ToListAsync(cancellationToken))
            .Select(n => (n.VolunteerId, n.Qualification, n.ExpiresOn, n.Stage))
            .ToHashSet();

        var count = 0;
        foreach (var volunteer in volunteers)
        {
            foreach (var (qualification, expiresOn, roles) in Qualifications(volunteer))
            {
                if (StageOf(expiresOn, today) is not { } stage || raised.Contains((volunteer.Id, qualification, expiresOn, stage)))
                {
                    continue;
                }
                db.QualificationNotices.Add(new QualificationNotice
                {
                    VolunteerId = volunteer.Id, Qualification = qualification, ExpiresOn = expiresOn, Stage = stage, RaisedAt = now,
                });
                if (qualification == Dbs && stage != ExpiredStage)
                {
                    await DbsRenewalReminder.QueueAsync(db, volunteer, expiresOn, stage, now, cancellationToken);
                }
                outbox.Add(stage == ExpiredStage
                    ? new QualificationExpiredIntegrationEvent(volunteer.Id, qualification, expiresOn, roles, now)
                    : new QualificationExpiringIntegrationEvent(volunteer.Id, qualification, expiresOn, stage, roles, now));
                count++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    /// <summary>The stage an expiry date has reached today: 60, 30 or 7 (days or fewer left), 0 once past, null when further off.</summary>
    public static int? StageOf(DateOnly expiresOn, DateOnly today)
    {
        var daysLeft = expiresOn.DayNumber - today.DayNumber;
        return daysLeft < 0 ? ExpiredStage : WarningDays.Where(d => daysLeft <= d).Order().Cast<int?>().FirstOrDefault();
    }

    private static IEnumerable<(string Qualification, DateOnly ExpiresOn, IReadOnlyList<string> Roles)> Qualifications(Volunteer volunteer)
    {
        if (volunteer.Dbs is { } dbs)
        {
            yield return (Dbs, dbs.RenewBy, VolunteerRoles.NeedingDbs(volunteer));
        }
        foreach (var training in volunteer.Trainings.Where(t => t.ValidUntil is not null))
        {
            yield return ($"training:{training.Code}", training.ValidUntil!.Value, []);
        }
    }
}
