using SocialPrescribing.Referrals.Domain.Reminders;

namespace SocialPrescribing.Referrals.Application;

/// <summary>The directory's word on when activities run.</summary>
public interface IActivitySchedules
{
    /// <summary>The activities the directory knows among <paramref name="activityIds"/>, by id; unknown ones are left out.</summary>
    Task<IReadOnlyDictionary<Guid, ScheduledActivity>> ForAsync(IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken);
}

public sealed record ScheduledActivity(string Name, IReadOnlyList<ActivitySchedule> Schedules);
