namespace SocialPrescribing.Seeds;

/// <summary>
/// The day the demo data is written for: DBS renewals fall 7, 30 and 60 days after it, one check has
/// lapsed before it, and some listings were last checked more than six months before it.
/// </summary>
public static class DemoCalendar
{
    public static DateOnly ReferenceDate { get; } = new(2026, 12, 1);
}
