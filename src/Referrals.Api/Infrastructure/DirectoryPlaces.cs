using SocialPrescribing.Contracts.Directory;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Referrals.Infrastructure;

/// <summary>Holds and releases places through the directory's gRPC API, which decides who gets the last one.</summary>
internal sealed class DirectoryPlaces(DirectoryClient directory) : IPlaces
{
    public async Task<bool> HoldAsync(Guid activityId, Guid connectionId, Guid teamId, CancellationToken cancellationToken)
    {
        var response = await directory.HoldPlaceAsync(
            new HoldPlaceRequest { ActivityId = activityId.ToString(), ConnectionId = connectionId.ToString(), TeamId = teamId.ToString() },
            cancellationToken: cancellationToken);
        return response.Outcome == HoldOutcome.Held;
    }

    public async Task ReleaseAsync(Guid connectionId, Guid teamId, CancellationToken cancellationToken) =>
        await directory.ReleasePlaceAsync(
            new ReleasePlaceRequest { ConnectionId = connectionId.ToString(), TeamId = teamId.ToString() },
            cancellationToken: cancellationToken);
}
