using System.Collections.Concurrent;
using SocialPrescribing.Referrals.Application;
using SocialPrescribing.Referrals.Domain.Reminders;

namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>
/// Stands in for the directory's hold/release and its list of who runs which activity (the directory
/// is not started in these tests; the system tests use the real one). Keeps free places per activity
/// so "no places left" can be shown, what was released, and which team each hold is for.
/// </summary>
public sealed class FakePlaces : IPlaces, IActivityDirectory, IActivitySchedules
{
    private readonly ConcurrentDictionary<Guid, ScheduledActivity> _schedules = new();

    private readonly ConcurrentDictionary<Guid, int> _free = new();
    private readonly ConcurrentDictionary<Guid, Guid> _holds = new();
    private readonly ConcurrentDictionary<Guid, Guid> _holdTeams = new();
    private readonly ConcurrentDictionary<Guid, Guid> _runBy = new();

    public ConcurrentBag<Guid> Released { get; } = [];

    public int PlacesPerActivity { get; set; } = 10;

    /// <summary>Gives one activity only <paramref name="places"/> free places.</summary>
    public void Limit(Guid activityId, int places) => _free[activityId] = places;

    public bool IsHeld(Guid holdId) => _holds.ContainsKey(holdId);

    /// <summary>The team the connection's place was held for.</summary>
    public Guid? TeamOf(Guid connectionId) => _holdTeams.TryGetValue(connectionId, out var team) ? team : null;

    /// <summary>Lists a new activity run by the organisation; returns its id.</summary>
    public Guid ActivityRunBy(Guid organisationId)
    {
        var activityId = Guid.NewGuid();
        _runBy[activityId] = organisationId;
        return activityId;
    }

    /// <summary>Lists a new activity run by the organisation every week on <paramref name="day"/>; returns its id.</summary>
    public Guid WeeklyActivityRunBy(Guid organisationId, string name, DayOfWeek day, TimeOnly opensAt)
    {
        var activityId = ActivityRunBy(organisationId);
        _schedules[activityId] = new ScheduledActivity(name, [new ActivitySchedule(ScheduleFrequency.Weekly, 1, [day], null, null, null, null, null, opensAt)]);
        return activityId;
    }

    public Task<IReadOnlyDictionary<Guid, ScheduledActivity>> ForAsync(IReadOnlyCollection<Guid> activityIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, ScheduledActivity>>(activityIds.Where(_schedules.ContainsKey).ToDictionary(id => id, id => _schedules[id]));

    public Task<DirectoryActivity?> ActivityAsync(Guid activityId, CancellationToken cancellationToken) =>
        Task.FromResult(_runBy.TryGetValue(activityId, out var organisationId) ? new DirectoryActivity(organisationId, NameOf(activityId)) : null);

    /// <summary>What the directory calls an activity listed here.</summary>
    public string NameOf(Guid activityId) => _schedules.TryGetValue(activityId, out var scheduled) ? scheduled.Name : $"Activity {activityId:N}";

    public Task<bool> HoldAsync(Guid activityId, Guid holdId, Guid teamId, CancellationToken cancellationToken)
    {
        lock (_free)
        {
            if (_holds.ContainsKey(holdId))
            {
                return Task.FromResult(true);
            }
            var free = _free.GetOrAdd(activityId, PlacesPerActivity);
            if (free == 0)
            {
                return Task.FromResult(false);
            }
            _free[activityId] = free - 1;
            _holds[holdId] = activityId;
            _holdTeams[holdId] = teamId;
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(Guid holdId, Guid teamId, CancellationToken cancellationToken)
    {
        lock (_free)
        {
            // As the directory: only the team the place was held for gives it back.
            if (TeamOf(holdId) == teamId && _holds.TryRemove(holdId, out var activityId))
            {
                _free[activityId]++;
                Released.Add(holdId);
            }
            return Task.CompletedTask;
        }
    }
}
