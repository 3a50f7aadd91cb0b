namespace SocialPrescribing.Matching.Domain.Profiles;

/// <summary>A weekly slot: a day and a start and end time on that day (End after Start, same day).</summary>
public readonly record struct TimeSlot(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public int Minutes => (int)(End - Start).TotalMinutes;
}
