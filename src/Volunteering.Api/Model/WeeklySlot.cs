namespace SocialPrescribing.Volunteering.Model;

/// <summary>A weekly free time in Europe/London local time.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);
