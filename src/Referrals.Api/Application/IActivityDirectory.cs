namespace SocialPrescribing.Referrals.Application;

/// <summary>The directory's word on an activity: its name and the organisation that runs it.</summary>
public interface IActivityDirectory
{
    /// <summary>The activity as the directory lists it now; null when the directory has no such activity.</summary>
    Task<DirectoryActivity?> ActivityAsync(Guid activityId, CancellationToken cancellationToken);
}

public sealed record DirectoryActivity(Guid OrganisationId, string Name);
