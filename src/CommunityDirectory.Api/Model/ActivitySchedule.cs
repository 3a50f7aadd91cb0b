namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>
/// When an activity runs, in the RFC 5545 terms HSDS uses: a weekly or monthly rule with days
/// and times valid between two dates, or a single dated session.
/// </summary>
public sealed class ActivitySchedule
{
    public Guid Id { get; init; }
    public Guid ActivityId { get; init; }
    public ScheduleFrequency Frequency { get; init; }
    public int Interval { get; init; } = 1;

    /// <summary>RFC 5545 BYDAY, e.g. "MO,WE" or, monthly, "1TU" (first Tuesday) and "-1FR" (last Friday).</summary>
    public string? ByDay { get; init; }

    /// <summary>RFC 5545 BYMONTHDAY, e.g. "1,15".</summary>
    public string? ByMonthDay { get; init; }

    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }

    /// <summary>The day of a one-off session.</summary>
    public DateOnly? Date { get; init; }

    public TimeOnly OpensAt { get; init; }
    public TimeOnly ClosesAt { get; init; }
    public string? Description { get; init; }

    /// <summary>Two-letter weekday codes the sessions fall on, derived from the rule: what "runs on a Tuesday" searches.</summary>
    public List<string> Weekdays { get; init; } = [];
}
