using SocialPrescribing.Referrals.Domain.Calendar;

namespace SocialPrescribing.Referrals.Domain.Referrals;

/// <summary>How soon a new referral's person must be contacted: urgent within 1 working day, soon within 2, routine within 5.</summary>
public static class FirstContact
{
    public static int WorkingDaysFor(Urgency urgency) => urgency switch
    {
        Urgency.Urgent => 1,
        Urgency.Soon => 2,
        _ => 5,
    };

    /// <summary>
    /// Still waiting for first contact on <paramref name="today"/>, after more working days than its urgency allows.
    /// Time spent awaiting triage counts: the person is waiting all the same.
    /// </summary>
    public static bool IsOverdue(ReferralStatus status, Urgency urgency, DateOnly receivedOn, DateOnly today, IWorkingDayCalendar calendar) =>
        status is (ReferralStatus.AwaitingTriage or ReferralStatus.Received) && WorkingDays.Between(receivedOn, today, calendar) > WorkingDaysFor(urgency);
}
