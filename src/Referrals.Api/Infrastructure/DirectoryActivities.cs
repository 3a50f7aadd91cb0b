using Grpc.Core;
using SocialPrescribing.Contracts.Directory;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Referrals.Infrastructure;

/// <summary>Asks the directory (gRPC, with this service's own token) what an activity is called and who runs it.</summary>
internal sealed class DirectoryActivities(DirectoryClient directory) : IActivityDirectory
{
    public async Task<DirectoryActivity?> ActivityAsync(Guid activityId, CancellationToken cancellationToken)
    {
        GetActivitiesResponse response;
        try
        {
            response = await directory.GetActivitiesAsync(new GetActivitiesRequest { ActivityIds = { activityId.ToString() } }, cancellationToken: cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new ProblemException(StatusCodes.Status503ServiceUnavailable, "The directory is not answering",
                "Who runs the activity cannot be checked while the directory is not answering; nothing was recorded. Try again in a few minutes.");
        }
        return response.Activities.SingleOrDefault() is { } activity && Guid.TryParse(activity.OrganisationId, out var organisationId)
            ? new DirectoryActivity(organisationId, activity.Name)
            : null;
    }
}
