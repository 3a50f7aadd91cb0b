using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Notifications;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Reminders;
using SocialPrescribing.Referrals.Domain.Surveys;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Sends a person the single-use link to their follow-up wellbeing measure (SWEMWBS) from the review date agreed in their
/// plan, by the way agreed on their referral: once per referral (the survey's key, so replicas and reruns record it once),
/// while the referral is open after connecting, and only when there is a baseline SWEMWBS to compare with and no follow-up
/// has been taken since the plan was agreed (the link worker may have taken it with the person). Runs once a day per
/// replica (<see cref="ReminderDays"/>), in the hours reminders are sent.
/// </summary>
public sealed class FollowUpWellbeingReminders(ReferralsContext db, SurveyInvitations surveys, ReminderDays days, TimeProvider time) : IReminderRule
{
    public const string Rule = "follow-up-wellbeing";
    private static readonly ReferralStatus[] AfterConnecting = [ReferralStatus.Connected, ReferralStatus.FollowUp];

    public async Task<int> RecordDueAsync(CancellationToken cancellationToken)
    {
        var local = WorkingDays.UkLocalTimeOf(time.GetUtcNow());
        var today = DateOnly.FromDateTime(local);
        if (ActivityReminderTiming.SessionDayToRemindAt(local) is null || days.AreDone(Rule, today))
        {
            return 0;
        }
        // The plan is a JSON column, so its review date is compared here; few referrals are open after connecting at once.
        var open = await db.Referrals.AsNoTracking()
            .Where(r => AfterConnecting.Contains(r.Status) && r.Plan != null
                && !db.Surveys.Any(s => s.ReferralId == r.Id && s.Kind == SurveyKind.FollowUpWellbeing))
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new { Referral = r, Person = p })
            .ToListAsync(cancellationToken);
        var due = open.Where(o => o.Referral.Plan!.ReviewOn <= today).ToList();
        var ids = due.Select(d => d.Referral.Id).ToList();
        var measured = await db.Measurements.AsNoTracking().Where(m => ids.Contains(m.ReferralId)).ToListAsync(cancellationToken);

        var recorded = 0;
        foreach (var (referral, person) in due.Select(d => (d.Referral, d.Person)))
        {
            var theirs = measured.Where(m => m.ReferralId == referral.Id).ToList();
            if (!theirs.Any(m => m.Point == MeasurementPoint.Baseline && m.SwemwbsItems is not null)
                || theirs.Any(m => m.Point != MeasurementPoint.Baseline && m.TakenAt >= referral.Plan!.AgreedAt))
            {
                continue;
            }
            await surveys.AtFollowUpAsync(referral, person, cancellationToken);
            recorded += db.ChangeTracker.HasChanges() && await db.SaveQueuedAsync(cancellationToken) ? 1 : 0;
        }
        days.MarkDone(Rule, today);
        return recorded;
    }
}
