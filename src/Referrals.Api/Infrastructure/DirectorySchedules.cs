using System.Globalization;
using SocialPrescribing.Contracts.Directory;
using SocialPrescribing.Referrals.Domain.Reminders;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Referrals.Infrastructure;

/// <summary>Reads activities' schedules from the directory (gRPC, with this service's own token).</summary>
internal sealed class DirectorySchedules(DirectoryClient directory) : IActivitySchedules
{
    public async Task<IReadOnlyDictionary<Guid, ScheduledActivity>> ForAsync(IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken)
    {
        if (activityIds.Count == 0)
        {
            return new Dictionary<Guid, ScheduledActivity>();
        }
        var request = new GetActivitiesRequest();
        request.ActivityIds.AddRange(activityIds.Select(id => id.ToString()));
        var response = await directory.GetActivitiesAsync(request, cancellationToken: cancellationToken);
        return response.Activities
            .Where(a => Guid.TryParse(a.Id, out _))
            .ToDictionary(a => Guid.Parse(a.Id), a => new ScheduledActivity(a.Name, [.. a.Schedules.Select(ToDomain).OfType<ActivitySchedule>()]));
    }

    private static ActivitySchedule? ToDomain(Schedule schedule) =>
        Enum.TryParse<ScheduleFrequency>(schedule.Frequency, ignoreCase: true, out var frequency)
            ? new ActivitySchedule(
                frequency,
                schedule.Interval,
                [.. schedule.Weekdays.Select(WeekdayCodes.Parse).OfType<DayOfWeek>()],
                Optional(schedule.ByDay),
                int.TryParse(schedule.ByMonthDay, CultureInfo.InvariantCulture, out var monthDay) ? monthDay : null,
                DateOf(schedule.ValidFrom),
                DateOf(schedule.ValidTo),
                DateOf(schedule.Date),
                TimeOnly.TryParseExact(schedule.OpensAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens) ? opens : null)
            : null;

    private static DateOnly? DateOf(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
