using System.Collections.Concurrent;
using SocialPrescribing.Referrals.Application;

namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>
/// Stands in for the directory's hold/release (see the report: the directory is not started in
/// these tests). Keeps free places per activity so "no places left" can be shown, and what was released.
/// </summary>
public sealed class FakePlaces : IPlaces
{
    private readonly ConcurrentDictionary<Guid, int> _free = new();
    private readonly ConcurrentDictionary<Guid, Guid> _holds = new();

    public ConcurrentBag<Guid> Released { get; } = [];

    public int PlacesPerActivity { get; set; } = 10;

    /// <summary>Gives one activity only <paramref name="places"/> free places.</summary>
    public void Limit(Guid activityId, int places) => _free[activityId] = places;

    public bool IsHeld(Guid holdId) => _holds.ContainsKey(holdId);

    public Task<bool> HoldAsync(Guid activityId, Guid holdId, CancellationToken cancellationToken)
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
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(Guid holdId, CancellationToken cancellationToken)
    {
        lock (_free)
        {
            if (_holds.TryRemove(holdId, out var activityId))
            {
                _free[activityId]++;
                Released.Add(holdId);
            }
            return Task.CompletedTask;
        }
    }
}
