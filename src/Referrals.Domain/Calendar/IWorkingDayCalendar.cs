namespace SocialPrescribing.Referrals.Domain.Calendar;

/// <summary>Says which dates count as working days for agreed response times.</summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly date);
}
