using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>How long a log has waited for a decision, and when that is long enough to flag: a volunteer waiting two weeks to see their time counted starts to wonder whether it was.</summary>
public static class WaitingHours
{
    public const int FlagAfterDays = 14;

    public static int DaysWaiting(HourLogResponse log, DateOnly today) => today.DayNumber - UkCalendar.DateOf(log.SubmittedAt).DayNumber;

    public static bool WaitedLong(HourLogResponse log, DateOnly today) => DaysWaiting(log, today) >= FlagAfterDays;
}
