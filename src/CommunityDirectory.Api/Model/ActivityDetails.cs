namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>Everything a group says about an activity, already validated and normalised.</summary>
public sealed record ActivityDetails(
    string Name,
    string Description,
    string? Url,
    string? Email,
    IReadOnlyList<Guid> NeedTermIds,
    IReadOnlyList<Guid> ActivityTypeTermIds,
    int? MinimumAge,
    int? MaximumAge,
    string? WhoItIsFor,
    string? AreaServed,
    IReadOnlyList<CostOption> CostOptions,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> AccessibilityFeatures,
    ReferralMode ReferralMode,
    CapacityBasis CapacityBasis,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    IReadOnlyList<Guid> LocationIds,
    IReadOnlyList<ScheduleDetails> Schedules);

public sealed record ScheduleDetails(
    ScheduleFrequency Frequency,
    int Interval,
    IReadOnlyList<string> ByDay,
    IReadOnlyList<int> ByMonthDay,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    DateOnly? Date,
    TimeOnly OpensAt,
    TimeOnly ClosesAt,
    string? Description)
{
    private static readonly string[] WeekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public ActivitySchedule ToSchedule(Guid activityId) => new()
    {
        Id = Guid.CreateVersion7(),
        ActivityId = activityId,
        Frequency = Frequency,
        Interval = Interval,
        ByDay = ByDay.Count > 0 ? string.Join(',', ByDay) : null,
        ByMonthDay = ByMonthDay.Count > 0 ? string.Join(',', ByMonthDay) : null,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        Date = Date,
        OpensAt = OpensAt,
        ClosesAt = ClosesAt,
        Description = Description,
        Weekdays = Weekdays(),
    };

    /// <summary>The weekdays sessions fall on: the BYDAY codes without their ordinals ("1TU" is a Tuesday), or a one-off's date.</summary>
    private List<string> Weekdays() => Date is { } date && Frequency == ScheduleFrequency.Once
        ? [WeekdayCodes[(int)date.DayOfWeek]]
        : ByDay.Select(d => d[^2..]).Distinct().ToList();
}
