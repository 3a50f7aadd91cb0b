namespace SocialPrescribing.Referrals.Application;

/// <summary>The directory's word on an activity: which organisation runs it.</summary>
public interface IActivityDirectory
{
    /// <summary>The organisation that runs the activity; null when the directory has no such activity.</summary>
    Task<Guid?> OrganisationRunningAsync(Guid activityId, CancellationToken cancellationToken);
}
