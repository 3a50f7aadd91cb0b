namespace SocialPrescribing.Matching.Model;

/// <summary>A weekly time: a session of an activity, or when a volunteer or a person is free (UK local time).</summary>
public sealed record WeeklySession(DayOfWeek Day, TimeOnly Start, TimeOnly End);
