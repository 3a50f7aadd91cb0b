namespace SocialPrescribing.Referrals.Application;

/// <summary>Places on activities, held by the directory while a request awaits its answer and while the person goes.</summary>
public interface IPlaces
{
    /// <summary>Holds one place; false when none is left. Idempotent by <paramref name="holdId"/> (the connection id).</summary>
    Task<bool> HoldAsync(Guid activityId, Guid holdId, CancellationToken cancellationToken);

    /// <summary>Gives the place back; releasing twice is harmless.</summary>
    Task ReleaseAsync(Guid holdId, CancellationToken cancellationToken);
}
