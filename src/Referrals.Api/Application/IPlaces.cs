namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Places on activities, held by the directory while a request awaits its answer and while the person goes.
/// Each hold is its connection's, owned by this service for the connection's team.
/// </summary>
public interface IPlaces
{
    /// <summary>Holds one place for the connection; false when none is left. Idempotent by connection.</summary>
    Task<bool> HoldAsync(Guid activityId, Guid connectionId, Guid teamId, CancellationToken cancellationToken);

    /// <summary>Gives the connection's place back; releasing twice is harmless.</summary>
    Task ReleaseAsync(Guid connectionId, Guid teamId, CancellationToken cancellationToken);
}
